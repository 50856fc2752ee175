// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QImage>
#include <QRectF>
#include <QString>

#include "render/exportoptions.h"

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;

// Draws a MapPicture with its legend and a caption into an image or an SVG file, with the
// window's own MapPainter. Without a frame the map is fitted to the countries that hold
// entities; with one (the window's view) it shows what the window shows; with a region (map
// units) it shows that region as if zoomed into it from the fit.
class MapExporter final
{
public:
    [[nodiscard]] static QImage renderImage(const MapPicture &picture, const ExportOptions &options,
                                            const MapFrame *view = nullptr, const std::optional<QRectF> &region = std::nullopt);
    [[nodiscard]] static bool writePng(const MapPicture &picture, const ExportOptions &options, const QString &path,
                                       QString *error, const MapFrame *view = nullptr, const std::optional<QRectF> &region = std::nullopt);
    [[nodiscard]] static bool writeSvg(const MapPicture &picture, const ExportOptions &options, const QString &path,
                                       QString *error, const MapFrame *view = nullptr, const std::optional<QRectF> &region = std::nullopt);

private:
    static void paint(QPainter *painter, const MapPicture &picture, const ExportOptions &options, const MapFrame *view,
                      const std::optional<QRectF> &region);
};

} // namespace tiescope
