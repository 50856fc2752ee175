// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace tiescope {

// Leader: away from the node at an offset the placer chose, joined to it by a thin line.
enum class LabelAnchor : std::uint8_t { Hidden, Below, Right, Above, Left, BelowRight, AboveRight, BelowLeft, AboveLeft, Leader };

// Decides which entity labels to draw and on which side of their node, so labels never pile
// up: the most connected entities are placed first, each tries four sides and is hidden when
// all four would overlap a label or node already placed, leave the area or meet what to avoid. Zoomed out, labels are larger in
// scene units, so fewer fit and only the hubs keep theirs: level of detail for free.
class LabelPlacer final
{
public:
    struct Candidate
    {
        QPointF centre;
        double radius = 0.0;
        QSizeF labelSize; // in scene units at the scale being placed for
        double priority = 0.0;
        bool shown = false;  // the node is drawn at all
        bool wanted = true;  // false: never label (e.g. faded)
        double obstacleRadius = -1.0; // how much of the node other labels avoid; < 0: radius
        bool corners = false; // may also sit off the node's four corners when no side is free
        // May go out along a leader line when no place beside the node is free: a hub in a
        // crowd is named (a little way off) rather than not at all.
        bool leader = false;
    };

    // A label lies wholly inside `area` (when not empty: the part of the scene on screen, so
    // none is cut at its edge) and outside `avoid` (when not empty: under the legend). With
    // `leaders`, candidates that may have one are given a Leader anchor where no side is free,
    // and (*leaders)[i] is then the label's top left relative to the node's centre.
    [[nodiscard]] static std::vector<LabelAnchor> place(const std::vector<Candidate> &candidates,
                                                        const QRectF &area = {}, const QRectF &avoid = {},
                                                        std::vector<QPointF> *leaders = nullptr);
    // `leader`: the label's top left relative to the centre, for the Leader anchor.
    [[nodiscard]] static QRectF labelRect(const Candidate &candidate, LabelAnchor anchor, QPointF leader = {});
    // Where a leader line runs: from the node's edge towards the label to the label's nearest point.
    [[nodiscard]] static std::pair<QPointF, QPointF> leaderLine(QPointF centre, double radius, const QRectF &label);
};

} // namespace tiescope
