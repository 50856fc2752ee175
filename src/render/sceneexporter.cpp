// SPDX-License-Identifier: MIT
#include "render/sceneexporter.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QPainter>

#include "graph/tiegraph.h"
#include "render/graphscene.h"
#include "render/legendpainter.h"
#include "render/picturewriter.h"

namespace tiescope {

namespace {

constexpr double Margin = 16.0;

} // namespace

QString SceneExporter::check(const ExportOptions &options)
{
    return PictureWriter::check(options);
}

void SceneExporter::paint(QPainter *painter, GraphScene &scene, const ExportOptions &options)
{
    const QSizeF canvas = options.size;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (!options.transparent)
        painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    const double ui = PictureWriter::uiScale(canvas);

    double bandHeight = 0.0;
    std::optional<LegendPainter> legend;
    if (options.legend && scene.graph()) {
        legend.emplace(scene.graph()->dataset(), scene.kindsShown());
        bandHeight += legend->size().height() * ui + Margin;
    }
    const double captionHeight = PictureWriter::captionHeight(options, ui);
    bandHeight += captionHeight;

    const QRectF graphArea(Margin, Margin, canvas.width() - 2 * Margin,
                           std::max(1.0, canvas.height() - 2 * Margin - bandHeight));
    QRectF source = options.source.isEmpty() ? scene.shownBounds() : options.source;
    if (!source.isEmpty()) {
        // Labels are placed for the export's own scale, then put back for the window.
        const double previousScale = scene.viewScale();
        const QRectF previousArea = scene.labelArea();
        const QRectF previousAvoid = scene.labelAvoid();
        double scale = std::min(graphArea.width() / source.width(), graphArea.height() / source.height());
        if (options.source.isEmpty()) {
            // Labels keep their size on screen, so their extent in the scene depends on the scale:
            // measure again at the export's scale until the bounds hold still.
            for (int round = 0; round < 3; ++round) {
                scene.setViewScale(scale);
                source = scene.shownBounds();
                const double next = std::min(graphArea.width() / source.width(), graphArea.height() / source.height());
                if (std::abs(next - scale) < 1e-3 * scale)
                    break;
                scale = next;
            }
        }
        // Centred in its area: render() itself would align a narrow graph to the left.
        QRectF target(0, 0, source.width() * scale, source.height() * scale);
        target.moveCenter(graphArea.center());
        scene.setViewScale(scale);
        scene.render(painter, target, source, Qt::IgnoreAspectRatio);
        scene.setViewport(previousScale, previousArea, previousAvoid);
    }
    double y = graphArea.bottom() + Margin;
    if (legend) {
        painter->save();
        painter->translate(Margin, y);
        painter->scale(ui, ui);
        legend->paint(painter, QPointF(0, 0));
        painter->restore();
        y += legend->size().height() * ui;
    }
    if (!options.caption.isEmpty())
        PictureWriter::paintCaption(painter, QRectF(Margin, y, canvas.width() - 2 * Margin, captionHeight),
                                    options.caption, ui);
}

QImage SceneExporter::renderImage(GraphScene &scene, const ExportOptions &options)
{
    return PictureWriter::renderImage(options, [&](QPainter *painter) { paint(painter, scene, options); });
}

bool SceneExporter::writePng(GraphScene &scene, const ExportOptions &options, const QString &path, QString *error)
{
    return PictureWriter::writePng(options, path, error, [&](QPainter *painter) { paint(painter, scene, options); });
}

bool SceneExporter::writeSvg(GraphScene &scene, const ExportOptions &options, const QString &path, QString *error)
{
    return PictureWriter::writeSvg(options, path, error, [&](QPainter *painter) { paint(painter, scene, options); });
}

} // namespace tiescope
