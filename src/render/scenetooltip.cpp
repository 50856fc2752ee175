// SPDX-License-Identifier: MIT
#include "render/scenetooltip.h"

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/entityitem.h"
#include "render/graphscene.h"
#include "render/tietext.h"

namespace tiescope {

QString SceneToolTip::html(const GraphScene &scene, const QPointF &scenePos)
{
    if (!scene.graph())
        return {};
    const Dataset &data = scene.graph()->dataset();
    QString text;
    for (QGraphicsItem *item : scene.items(scenePos)) {
        if (item->type() == EntityItem::Type && item->isVisible()) {
            const EntityId id = static_cast<EntityItem *>(item)->entity();
            const Entity &entity = data.entity(id);
            text = QString::fromStdString(entity.name) + QStringLiteral("\n") +
                   QString::fromStdString(data.kind(entity.kind).label) + QStringLiteral(" · ") +
                   QString::number(scene.shownDegree(id)) + QStringLiteral(" ties shown");
            break;
        }
    }
    if (text.isEmpty()) {
        if (const auto tie = scene.tieAt(scenePos))
            text = TieText::summary(data, *tie);
    }
    if (text.isEmpty())
        return {};
    // Tooltips guess at rich text; escaping and a pre-wrapped paragraph keep data text plain.
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace tiescope
