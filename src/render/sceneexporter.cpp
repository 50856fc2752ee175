// SPDX-License-Identifier: MIT
#include "render/sceneexporter.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "graph/tiegraph.h"
#include "render/graphscene.h"
#include "render/legendpainter.h"

namespace tiescope {

namespace {

constexpr double Margin = 16.0;

QString describe(const QString &path, const QString &problem)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), problem);
}

} // namespace

QString SceneExporter::check(const ExportOptions &options)
{
    if (options.size.width() < 16 || options.size.height() < 16)
        return QStringLiteral("the image must be at least 16×16 pixels");
    if (options.size.width() > MaxSide || options.size.height() > MaxSide)
        return QStringLiteral("the image may be at most %1 pixels on a side").arg(MaxSide);
    return {};
}

void SceneExporter::paint(QPainter *painter, GraphScene &scene, const ExportOptions &options)
{
    const QSizeF canvas = options.size;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (!options.transparent)
        painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    // Legend and caption grow with large images, so a poster stays legible.
    const double ui = canvas.width() < 700.0 ? 0.8 : std::clamp(std::min(canvas.width() / 1400.0, canvas.height() / 900.0), 1.0, 4.0);

    double bandHeight = 0.0;
    std::optional<LegendPainter> legend;
    if (options.legend && scene.graph()) {
        legend.emplace(scene.graph()->dataset(), scene.kindsShown());
        bandHeight += legend->size().height() * ui + Margin;
    }
    QFont captionFont(QStringLiteral("DejaVu Sans"));
    captionFont.setPixelSize(std::max(9, static_cast<int>(12 * ui)));
    const double captionHeight = options.caption.isEmpty() ? 0.0 : captionFont.pixelSize() * 1.8;
    bandHeight += captionHeight;

    const QRectF graphArea(Margin, Margin, canvas.width() - 2 * Margin,
                           std::max(1.0, canvas.height() - 2 * Margin - bandHeight));
    QRectF source = options.source.isEmpty() ? scene.shownBounds() : options.source;
    if (!source.isEmpty()) {
        // Labels are placed for the export's own scale, then put back for the window.
        const double previousScale = scene.viewScale();
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
        scene.setViewScale(previousScale);
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
    if (!options.caption.isEmpty()) {
        painter->setFont(captionFont);
        painter->setPen(QColor(0x37, 0x47, 0x4f));
        painter->drawText(QRectF(Margin, y, canvas.width() - 2 * Margin, captionHeight),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(captionFont).elidedText(options.caption, Qt::ElideRight, canvas.width() - 2 * Margin));
    }
}

QImage SceneExporter::renderImage(GraphScene &scene, const ExportOptions &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, scene, options);
    painter.end();
    return image;
}

bool SceneExporter::writePng(GraphScene &scene, const ExportOptions &options, const QString &path, QString *error)
{
    return writePng([&](QPainter *painter) { paint(painter, scene, options); }, options, path, error);
}

bool SceneExporter::writeSvg(GraphScene &scene, const ExportOptions &options, const QString &path, QString *error)
{
    return writeSvg([&](QPainter *painter) { paint(painter, scene, options); }, options, path, error);
}

bool SceneExporter::writePng(const Paint &paint, const ExportOptions &options, const QString &path, QString *error)
{
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = describe(path, problem);
        return false;
    }
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = describe(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = describe(path, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = describe(path, file.errorString());
        return false;
    }
    return true;
}

bool SceneExporter::writeSvg(const Paint &paint, const ExportOptions &options, const QString &path, QString *error)
{
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = describe(path, problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = describe(path, file.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title);
    generator.setDescription(options.caption);
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = describe(path, QStringLiteral("cannot start drawing the SVG"));
        file.cancelWriting();
        return false;
    }
    paint(&painter);
    painter.end();
    if (!file.commit()) {
        *error = describe(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tiescope
