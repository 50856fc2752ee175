// SPDX-License-Identifier: MIT
#include "render/timelineexporter.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>

#include "render/picturewriter.h"
#include "render/timelinepainter.h"
#include "timeline/timelinelanes.h"

namespace tiescope {

namespace {

constexpr double CaptionHeight = 26.0;
constexpr double Margin = 10.0;

} // namespace

TimelineFrame TimelineExporter::wholeFrame(const TimelineLanes &lanes)
{
    TimelineFrame frame;
    const double first = lanes.firstDay().value_or(0);
    const double last = lanes.lastDay().value_or(first + 3650);
    const double margin = std::max(180.0, (last - first) * 0.03);
    frame.firstDay = first - margin;
    frame.lastDay = last + margin;
    return frame;
}

void TimelineExporter::paint(QPainter *painter, const Dataset &data, const TimelineLanes &lanes,
                             const TimelineFrame &frame, const ExportOptions &options)
{
    const QSizeF size(options.size);
    const double caption = options.caption.isEmpty() ? 0.0 : CaptionHeight;
    if (!options.transparent)
        painter->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    TimelineFrame shown = frame;
    shown.showKey = options.legend;
    TimelinePainter(data, lanes).paint(*painter, QRectF(0, 0, size.width(), size.height() - caption), shown);
    if (caption > 0) {
        QFont font;
        font.setPixelSize(12);
        painter->setFont(font);
        painter->setPen(QColor(0x37, 0x47, 0x4f));
        const QRectF line(Margin, size.height() - caption, size.width() - 2 * Margin, caption);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(font).elidedText(options.caption, Qt::ElideRight, line.width()));
    }
}

bool TimelineExporter::writePng(const Dataset &data, const TimelineLanes &lanes, const TimelineFrame &frame,
                                const ExportOptions &options, const QString &path, QString *error)
{
    return PictureWriter::writePng(options, path, error,
                                   [&](QPainter *painter) { paint(painter, data, lanes, frame, options); });
}

bool TimelineExporter::writeSvg(const Dataset &data, const TimelineLanes &lanes, const TimelineFrame &frame,
                                const ExportOptions &options, const QString &path, QString *error)
{
    return PictureWriter::writeSvg(options, path, error,
                                   [&](QPainter *painter) { paint(painter, data, lanes, frame, options); });
}

} // namespace tiescope
