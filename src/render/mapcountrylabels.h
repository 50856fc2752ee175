// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace tiescope {

// Where each country's name goes beside its cluster on the map. A name is never left out (a
// state's cluster without its name reads as anyone's), so instead of hiding, each of sixteen
// places around the cluster is scored and the best taken, the largest clusters first: it
// must not cover another cluster or a name already placed, nor leave the frame; it should lie
// on its own country or the sea rather than on a neighbour, and near the country's centre,
// so that a name is read as the country under it. A moved cluster's name goes on its far
// side from home, off its leader line. When every place beside it covers a neighbour (a
// crowded world view), the name goes across its own cluster instead, below the state.
class MapCountryLabels final
{
public:
    struct Cluster
    {
        QPointF centre;
        double radius = 0.0;
        QPointF home;            // the country's centre, where the leader line starts
        QSizeF labelSize;        // pixels
        int country = -1;        // its index in the outlines given to place(), -1 for none
        double priority = 0.0;   // higher placed first
        bool shown = true;
    };

    // One rectangle per cluster, in pixels; an empty one for a cluster not shown. `outlines`
    // are the countries' outlines in map units and `toMap` takes pixels to map units, so a name
    // knows which countries it lies on; `frame` is the drawn area in pixels.
    [[nodiscard]] static std::vector<QRectF> place(const std::vector<Cluster> &clusters,
                                                   const std::vector<QPainterPath> &outlines, const QTransform &toMap,
                                                   const QRectF &frame);
    // The rectangle for one of the sixteen places, each touching the cluster's disc (with a
    // small gap) in one direction: 0 below, 1 right, 2 above, 3 left, then the diagonals, then
    // the directions between.
    [[nodiscard]] static QRectF candidate(const Cluster &cluster, int place);
    static constexpr int Places = 16;
};

} // namespace tiescope
