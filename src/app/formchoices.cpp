// SPDX-License-Identifier: MIT
#include "app/formchoices.h"

#include <QComboBox>

#include "model/dataset.h"

namespace tiescope {

namespace {

template <typename Record>
void addAll(QComboBox &box, const std::vector<Record> &records)
{
    for (const Record &record : records)
        box.addItem(QString::fromStdString(record.label), QString::fromStdString(record.key));
}

} // namespace

void FormChoices::addKinds(QComboBox &box, const Dataset &data)
{
    addAll(box, data.kinds());
}

void FormChoices::addDomains(QComboBox &box, const Dataset &data)
{
    addAll(box, data.domains());
}

void FormChoices::addRelations(QComboBox &box, const Dataset &data)
{
    addAll(box, data.relations());
}

void FormChoices::addStatuses(QComboBox &box)
{
    for (const TieStatus status : {TieStatus::Confirmed, TieStatus::Alleged, TieStatus::Planned, TieStatus::Ended}) {
        const QString text =
            QString::fromLatin1(toString(status).data(), static_cast<qsizetype>(toString(status).size()));
        box.addItem(text, text);
    }
}

} // namespace tiescope
