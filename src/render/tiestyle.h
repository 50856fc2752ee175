// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include "model/grade.h"
#include "model/tiestatus.h"

namespace tiescope {

struct Domain;

// How a tie looks: its domain's colour, its status in the stroke pattern, its grade in its
// opacity and its strength in its width. Shared by the canvas, the legend and exports.
class TieStyle final
{
public:
    [[nodiscard]] static QColor domainColour(const Domain &domain);
    // Dash pattern in pen widths; empty for a solid stroke.
    [[nodiscard]] static QList<qreal> dashPattern(TieStatus status);
    // 1.0 for the best grades down to a still visible 0.3 for ungradable ones.
    [[nodiscard]] static double opacity(const Grade &bestGrade);
    // Stroke width in scene units for a strength 0..1.
    [[nodiscard]] static double width(double strength);
    [[nodiscard]] static QString statusLabel(TieStatus status);
};

} // namespace tiescope
