// SPDX-License-Identifier: MIT
#include "render/tietext.h"

#include "model/dataset.h"
#include "render/tiestyle.h"

namespace tiescope {

QString TieText::date(const std::optional<PartialDate> &date, const QString &open)
{
    return date ? QString::fromStdString(date->toString()) : open;
}

QString TieText::dates(const Tie &tie)
{
    if (!tie.start && !tie.end)
        return QStringLiteral("undated");
    if (tie.start && tie.end && *tie.start == *tie.end)
        return date(tie.start, {});
    return date(tie.start, QStringLiteral("…")) + QStringLiteral(" – ") + date(tie.end, QStringLiteral("now"));
}

QString TieText::ends(const Dataset &data, const Tie &tie)
{
    const bool directed = data.relation(tie.relation).directed;
    return QString::fromStdString(data.entity(tie.from).name) +
           (directed ? QStringLiteral(" → ") : QStringLiteral(" — ")) + QString::fromStdString(data.entity(tie.to).name);
}

QString TieText::summary(const Dataset &data, TieId id)
{
    const Tie &tie = data.tie(id);
    const QString dot = QStringLiteral(" · ");
    return ends(data, tie) + dot + QString::fromStdString(data.relation(tie.relation).label) + dot +
           QString::fromStdString(data.domain(tie.domain).label) + dot + dates(tie) + dot +
           TieStyle::statusLabel(tie.status).toLower();
}

} // namespace tiescope
