// SPDX-License-Identifier: MIT
#include "render/mapexporter.h"

#include <algorithm>
#include <optional>

#include <QPainter>

#include "render/mapframe.h"
#include "render/maplegend.h"
#include "render/mappainter.h"
#include "render/mappicture.h"
#include "render/picturewriter.h"

namespace tiescope {

namespace {

constexpr double Margin = 16.0;
constexpr double SlotPixels = 15.0;

} // namespace

void MapExporter::paint(QPainter *painter, const MapPicture &picture, const ExportOptions &options,
                        const MapFrame *view, const std::optional<QRectF> &region)
{
    const QSizeF canvas = options.size;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (!options.transparent)
        painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    const double ui = PictureWriter::uiScale(canvas);
    std::optional<MapLegend> legend;
    double band = PictureWriter::captionHeight(options, ui);
    if (options.legend) {
        legend.emplace(picture);
        band += legend->size().height() * ui + Margin;
    }
    // The map is drawn at the legend's scale too, so markers and labels keep their proportion.
    const QRectF area(Margin / ui, Margin / ui, (canvas.width() - 2 * Margin) / ui,
                      std::max(1.0, (canvas.height() - 2 * Margin - band) / ui));
    MapFrame frame;
    if (view) {
        frame = *view;
        frame.resize(area);
    } else {
        frame = MapFrame::fit(picture.focusBounds(), area, SlotPixels);
        if (region)
            frame.show(*region);
    }
    painter->save();
    painter->scale(ui, ui);
    MapPainter::paint(painter, picture, frame);
    painter->restore();
    double y = canvas.height() - Margin - band + Margin;
    if (legend) {
        painter->save();
        painter->translate(Margin, y);
        painter->scale(ui, ui);
        legend->paint(painter, QPointF(0, 0));
        painter->restore();
        y += legend->size().height() * ui;
    }
    if (!options.caption.isEmpty())
        PictureWriter::paintCaption(
            painter, QRectF(Margin, y, canvas.width() - 2 * Margin, PictureWriter::captionHeight(options, ui)),
            options.caption, ui);
}

QImage MapExporter::renderImage(const MapPicture &picture, const ExportOptions &options, const MapFrame *view,
                                const std::optional<QRectF> &region)
{
    return PictureWriter::renderImage(options,
                                      [&](QPainter *painter) { paint(painter, picture, options, view, region); });
}

bool MapExporter::writePng(const MapPicture &picture, const ExportOptions &options, const QString &path, QString *error,
                           const MapFrame *view, const std::optional<QRectF> &region)
{
    return PictureWriter::writePng(options, path, error,
                                   [&](QPainter *painter) { paint(painter, picture, options, view, region); });
}

bool MapExporter::writeSvg(const MapPicture &picture, const ExportOptions &options, const QString &path, QString *error,
                           const MapFrame *view, const std::optional<QRectF> &region)
{
    return PictureWriter::writeSvg(options, path, error,
                                   [&](QPainter *painter) { paint(painter, picture, options, view, region); });
}

} // namespace tiescope
