// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QImage>
#include <QString>

#include "render/exportoptions.h"

class QPainter;

namespace tiescope {

class GraphScene;

// Draws a GraphScene, its legend and a caption into an image or an SVG file: the same scene
// object the window shows, so an export matches the screen. Files are written through
// QSaveFile, so a failed export leaves no partial file and reports why.
class SceneExporter final
{
public:
    static constexpr int MaxSide = 16384;

    [[nodiscard]] static QImage renderImage(GraphScene &scene, const ExportOptions &options);
    [[nodiscard]] static bool writePng(GraphScene &scene, const ExportOptions &options, const QString &path,
                                       QString *error);
    [[nodiscard]] static bool writeSvg(GraphScene &scene, const ExportOptions &options, const QString &path,
                                       QString *error);
    // The same files for any drawing (the timeline's): `paint` draws options.size from (0, 0).
    using Paint = std::function<void(QPainter *)>;
    [[nodiscard]] static bool writePng(const Paint &paint, const ExportOptions &options, const QString &path,
                                       QString *error);
    [[nodiscard]] static bool writeSvg(const Paint &paint, const ExportOptions &options, const QString &path,
                                       QString *error);
    // Empty when the options can be drawn, else why not.
    [[nodiscard]] static QString check(const ExportOptions &options);

private:
    static void paint(QPainter *painter, GraphScene &scene, const ExportOptions &options);
};

} // namespace tiescope
