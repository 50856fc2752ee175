// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QRectF>

namespace tiescope {

class GraphScene;

// What GraphScene's fits and zooms measure: the bounds of what is shown (labels included), of
// the selection and its neighbours, of a highlight, and which kinds are shown (the legend's
// rows). A part of GraphScene in a file of its own, with access to its items.
class SceneBounds final
{
public:
    SceneBounds() = delete;

    [[nodiscard]] static QRectF shown(const GraphScene &scene);
    // The shown entities' centres with shown()'s margin: the least any fit must hold, at any
    // zoom and wherever the labels go. Needs no label placement.
    [[nodiscard]] static QRectF shownCentres(const GraphScene &scene);
    [[nodiscard]] static QRectF selection(const GraphScene &scene);
    [[nodiscard]] static QRectF highlight(const GraphScene &scene);
    [[nodiscard]] static std::vector<bool> kindsShown(const GraphScene &scene);
};

} // namespace tiescope
