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
        return QString::fromStdString(tie.start->toString());
    // Unknown is "?"; an open start is "…" and an open end "now".
    const auto side = [](const std::optional<EdtfDate> &date, const QString &open) {
        if (!date)
            return QStringLiteral("?");
        return date->isOpen() ? open : QString::fromStdString(date->toString());
    };
    return side(tie.start, QStringLiteral("…")) + QStringLiteral(" – ") + side(tie.end, QStringLiteral("now"));
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
           TieStyle::statusLabel(tie.status).toLower() + dot + QStringLiteral("grade ") +
           QString::fromStdString(tie.bestGrade().toString());
}

} // namespace tiescope
