// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QImage>
#include <QRectF>
#include <QString>

#include "render/exportoptions.h"

class QPainter;

namespace tiescope {

// Writes a picture that a paint function draws into a PNG or SVG file, for every export
// (the graph, the map): through the core's AtomicFile, so a failed export leaves no partial file and
// says why, naming the file. Also the pieces exports share: the size check, the scale of
// legend and caption on large images, and the caption line.
class PictureWriter final
{
public:
    using Paint = std::function<void(QPainter *)>;
    static constexpr int MaxSide = 16384;

    // Empty when the options can be drawn, else why not.
    [[nodiscard]] static QString check(const ExportOptions &options);
    [[nodiscard]] static QImage renderImage(const ExportOptions &options, const Paint &paint);
    [[nodiscard]] static bool writePng(const ExportOptions &options, const QString &path, QString *error,
                                       const Paint &paint);
    [[nodiscard]] static bool writeSvg(const ExportOptions &options, const QString &path, QString *error,
                                       const Paint &paint);

    // Legend and caption grow with large images, so a poster stays legible.
    [[nodiscard]] static double uiScale(const QSizeF &canvas);
    // The caption's height for `ui`, and drawing it (elided to one line) in `rect`.
    [[nodiscard]] static double captionHeight(const ExportOptions &options, double ui);
    static void paintCaption(QPainter *painter, const QRectF &rect, const QString &caption, double ui);
};

} // namespace tiescope
