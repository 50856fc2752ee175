// SPDX-License-Identifier: MIT
#pragma once


#include <QImage>
#include <QString>

#include "render/exportoptions.h"
#include "render/picturewriter.h"

class QPainter;

namespace tiescope {

class GraphScene;

// Draws a GraphScene, its legend and a caption into an image or an SVG file: the same scene
// object the window shows, so an export matches the screen. Files are written through
// the core's AtomicFile, so a failed export leaves no partial file and reports why.
class SceneExporter final
{
public:
    static constexpr int MaxSide = PictureWriter::MaxSide;

    [[nodiscard]] static QImage renderImage(GraphScene &scene, const ExportOptions &options);
    [[nodiscard]] static bool writePng(GraphScene &scene, const ExportOptions &options, const QString &path,
                                       QString *error);
    [[nodiscard]] static bool writeSvg(GraphScene &scene, const ExportOptions &options, const QString &path,
                                       QString *error);
    // Empty when the options can be drawn, else why not.
    [[nodiscard]] static QString check(const ExportOptions &options);

private:
    static void paint(QPainter *painter, GraphScene &scene, const ExportOptions &options);
};

} // namespace tiescope
