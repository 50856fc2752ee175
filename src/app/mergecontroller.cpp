// SPDX-License-Identifier: MIT
#include "app/mergecontroller.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

#include "app/duplicatesdialog.h"
#include "app/editcontroller.h"
#include "app/graphdocument.h"
#include "app/mergedialog.h"
#include "edit/entitymerge.h"
#include "model/dataset.h"
#include "app/plainmessage.h"

namespace tiescope {

MergeController::MergeController(EditController &edits, QWidget &window)
    : QObject(&window),
      m_edits(edits),
      m_window(window)
{
    GraphDocument &document = m_edits.document();
    // Every edit may move ids (and undo may bring a pair back): the list is found again.
    connect(&document, &GraphDocument::edited, this, [this] {
        if (m_duplicates && m_duplicates->isVisible())
            m_duplicates->setDataset(m_edits.document().dataset());
    });
    connect(&document, &GraphDocument::aboutToReplace, this, [this] {
        delete m_merge;
        if (m_duplicates)
            m_duplicates->close();
    });
}

DuplicatesDialog *MergeController::duplicatesDialog() const
{
    return m_duplicates;
}

MergeDialog *MergeController::mergeDialog() const
{
    return m_merge;
}

void MergeController::findDuplicates()
{
    if (!m_edits.document().isOpen())
        return;
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(&m_window);
        connect(m_duplicates, &DuplicatesDialog::mergeRequested, this, &MergeController::mergeRequested);
    }
    m_duplicates->setDataset(m_edits.document().dataset());
    m_duplicates->show();
    m_duplicates->raise();
}

void MergeController::mergeRequested(EntityId first, EntityId second)
{
    const Dataset &dataset = m_edits.document().dataset();
    if (first == second || first.index() >= dataset.entities().size() || second.index() >= dataset.entities().size())
        return;
    delete m_merge;
    QWidget *parent = m_duplicates && m_duplicates->isVisible() ? static_cast<QWidget *>(m_duplicates) : &m_window;
    m_merge = new MergeDialog(dataset, first, second, parent);
    m_merge->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_merge, &QDialog::accepted, this, [this] {
        const QStringList problems = applyDialog();
        if (!problems.isEmpty())
            PlainMessage::warning(&m_window, tr("Not merged"), problems.join(QLatin1Char('\n')));
    });
    m_merge->open();
}

void MergeController::mergeWith(EntityId entity, const std::set<EntityId> &selected)
{
    const Dataset &dataset = m_edits.document().dataset();
    if (entity.index() >= dataset.entities().size())
        return;
    std::set<EntityId> others = selected;
    others.erase(entity);
    if (others.size() == 1) {
        mergeRequested(entity, *others.begin());
        return;
    }
    const Entity &self = dataset.entity(entity);
    QStringList names;
    std::vector<EntityId> ids;
    for (std::size_t i = 0; i < dataset.entities().size(); ++i) {
        const Entity &other = dataset.entities()[i];
        if (i == entity.index() || other.kind != self.kind)
            continue;
        names << tr("%1 (%2)").arg(QString::fromStdString(other.name), QString::fromStdString(other.key));
        ids.push_back(EntityId(i));
    }
    if (ids.empty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Merge"),
                                    tr("No other entity of this kind to merge with."), QMessageBox::Ok, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // Not modal to the event loop: the window (and a test driving it) goes on while it is open.
    auto *picker = new QInputDialog(&m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setObjectName(QStringLiteral("mergePartnerPicker"));
    picker->setWindowTitle(tr("Merge %1 with").arg(QString::fromStdString(self.name)));
    picker->setLabelText(tr("Entity:"));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::textValueSelected, this, [this, names, ids, entity](const QString &picked) {
        if (const auto at = names.indexOf(picked); at >= 0)
            mergeRequested(entity, ids[static_cast<std::size_t>(at)]);
    });
    picker->open();
}

QStringList MergeController::applyDialog()
{
    if (!m_merge)
        return {tr("No merge to apply.")};
    const Dataset &dataset = m_edits.document().dataset();
    const auto merged = dataset.findEntity(m_merge->mergedKey());
    const auto into = dataset.findEntity(m_merge->survivorKey());
    if (!merged || !into)
        return {tr("One of the two entities is no longer in the store.")};
    return m_edits.apply(EntityMerge::build(dataset, *merged, *into, m_merge->choice()));
}

} // namespace tiescope
