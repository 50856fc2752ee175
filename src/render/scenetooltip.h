// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QString>

namespace tiescope {

class GraphScene;

// The tooltip over the canvas: for the entity under the pointer its name, kind and shown ties,
// else for the tie there its summary (TieText). Data text is escaped, never interpreted.
class SceneToolTip final
{
public:
    // Rich text for QToolTip; empty when nothing drawn is under `scenePos`.
    [[nodiscard]] static QString html(const GraphScene &scene, const QPointF &scenePos);
};

} // namespace tiescope
