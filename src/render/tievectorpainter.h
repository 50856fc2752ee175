// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <QLineF>
#include <QList>

#include "render/tiedrawing.h"

class QPainter;

namespace tiescope {

class TieFrame;
class TieStyleTable;

// Ties as QPainter strokes, one batch per style (a path of curves or a list of lines, and a
// path of arrowheads): what SVG and PDF exports get, and the window when few ties are in
// view. Far out, straight lines without arrows or dashes.
class TieVectorPainter final
{
public:
    explicit TieVectorPainter(const TieStyleTable &styles) : m_styles(&styles) {}

    // Every tie `frame` draws in `pass`, style by style.
    void paint(QPainter *painter, const TieFrame &frame, tiedrawing::Pass pass);

private:
    void paintStyle(QPainter *painter, std::size_t style, const TieFrame &frame, tiedrawing::Pass pass);

    const TieStyleTable *m_styles;
    QList<QLineF> m_lines; // reused between paints, so drawing allocates only when it grows
};

} // namespace tiescope
