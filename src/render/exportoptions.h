// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QRectF>
#include <QSize>
#include <QString>

namespace tiescope {

// What an export draws: which part of the scene, at what size, on what background, and
// whether the legend and a caption (active filter, date window) come with it.
struct ExportOptions final
{
    QRectF source;             // scene rectangle; empty: everything shown
    QSize size{1600, 1000};    // pixels (PNG) or points (SVG)
    bool transparent = false;  // false: white background
    bool legend = true;
    QString caption;           // empty: no caption line
    QString title;             // embedded in SVG metadata
};

} // namespace tiescope
