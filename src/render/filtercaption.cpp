// SPDX-License-Identifier: MIT
#include "render/filtercaption.h"

#include <QStringList>

#include "filter/filterspec.h"
#include "model/dataset.h"
#include "render/tiestyle.h"
#include "render/tietext.h"

namespace tiescope {

namespace {

template <typename Table, typename Find>
QString keyList(const std::optional<std::set<std::string>> &keys, const Table &table, Find find, const QString &all,
                const QString &none)
{
    if (!keys)
        return all;
    if (keys->empty())
        return none;
    if (keys->size() == table.size())
        return all;
    QStringList labels;
    for (const std::string &key : *keys) {
        if (const auto id = find(key))
            labels << QString::fromStdString(table[id->index()].label);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace

QString FilterCaption::window(const FilterSpec &spec)
{
    if (!spec.from && !spec.to)
        return QStringLiteral("all dates");
    return TieText::date(spec.from, QStringLiteral("…")) + QStringLiteral(" – ") + TieText::date(spec.to, QStringLiteral("…"));
}

QString FilterCaption::text(const Dataset &data, const FilterSpec &spec, std::size_t entities, std::size_t ties)
{
    QStringList parts;
    parts << QString::fromStdString(data.info().title);
    parts << keyList(spec.domains, data.domains(), [&](const std::string &k) { return data.findDomain(k); },
                     QStringLiteral("all domains"), QStringLiteral("no domains"));
    parts << keyList(spec.kinds, data.kinds(), [&](const std::string &k) { return data.findKind(k); },
                     QStringLiteral("all kinds"), QStringLiteral("no kinds"));
    if (spec.statuses && spec.statuses->size() < AllTieStatuses.size()) {
        QStringList statuses;
        for (const TieStatus status : *spec.statuses)
            statuses << TieStyle::statusLabel(status).toLower();
        parts << (statuses.isEmpty() ? QStringLiteral("no status") : statuses.join(QStringLiteral(", ")));
    }
    if (spec.minimumGrade)
        parts << QStringLiteral("grade %1 or better").arg(QString::fromStdString(spec.minimumGrade->toString()));
    if (!spec.text.empty())
        parts << QStringLiteral("matching “%1”").arg(QString::fromStdString(spec.text));
    parts << window(spec);
    parts << QStringLiteral("%1 entities, %2 ties").arg(entities).arg(ties);
    return parts.join(QStringLiteral(" · "));
}

} // namespace tiescope
