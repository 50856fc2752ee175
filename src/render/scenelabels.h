// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

namespace tiescope {

class GraphScene;

// Places GraphScene's entity labels for the scale it is drawn at: which entities are named and
// on which side, through LabelPlacer, with the marks' priorities (selected, hovered and
// highlighted entities first). A part of GraphScene in a file of its own, with access to its items.
class SceneLabels final
{
public:
    SceneLabels() = delete;

    static void place(GraphScene &scene);
    // GraphScene::setViewport: the scale and the area labels are placed for; glyphs are
    // resized for the scale first (SceneItems::rescale), then the labels placed again.
    static void setViewport(GraphScene &scene, double scale, const QRectF &labelArea, const QRectF &labelAvoid);
};

} // namespace tiescope
