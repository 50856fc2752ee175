// SPDX-License-Identifier: MIT
#include "render/picturewriter.h"

#include <algorithm>
#include <string_view>

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include "io/atomicfile.h"
#include "model/inputerror.h"

namespace tiescope {

namespace {

QString describe(const QString &path, const QString &problem)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), problem);
}

QFont captionFont(double ui)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(9, static_cast<int>(12 * ui)));
    return font;
}

// Writes the whole picture through the core's AtomicFile: its temporary file is named after
// this process, so the next write of the same target removes what a killed one left (QSaveFile's
// random names stayed beside the target for good). A short write (a full disk) says why.
bool writeAll(const QString &path, const QByteArray &bytes, QString *error)
{
    try {
        AtomicFile::writeWhole(path.toStdString(),
                               std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        return true;
    } catch (const InputError &failure) {
        *error = describe(path, QString::fromStdString(failure.problem()));
        return false;
    }
}

} // namespace

QString PictureWriter::check(const ExportOptions &options)
{
    if (options.size.width() < 16 || options.size.height() < 16)
        return QStringLiteral("the image must be at least 16×16 pixels");
    if (options.size.width() > MaxSide || options.size.height() > MaxSide)
        return QStringLiteral("the image may be at most %1 pixels on a side").arg(MaxSide);
    return {};
}

double PictureWriter::uiScale(const QSizeF &canvas)
{
    return canvas.width() < 700.0 ? 0.8
                                  : std::clamp(std::min(canvas.width() / 1400.0, canvas.height() / 900.0), 1.0, 4.0);
}

double PictureWriter::captionHeight(const ExportOptions &options, double ui)
{
    return options.caption.isEmpty() ? 0.0 : captionFont(ui).pixelSize() * 1.8;
}

void PictureWriter::paintCaption(QPainter *painter, const QRectF &rect, const QString &caption, double ui)
{
    const QFont font = captionFont(ui);
    painter->setFont(font);
    painter->setPen(QColor(0x37, 0x47, 0x4f));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetricsF(font).elidedText(caption, Qt::ElideRight, rect.width()));
}

QImage PictureWriter::renderImage(const ExportOptions &options, const Paint &paint)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter);
    painter.end();
    return image;
}

bool PictureWriter::writePng(const ExportOptions &options, const QString &path, QString *error, const Paint &paint)
{
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = describe(path, problem);
        return false;
    }
    const QImage image = renderImage(options, paint);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *error = describe(path, writer.errorString());
        return false;
    }
    return writeAll(path, bytes, error);
}

bool PictureWriter::writeSvg(const ExportOptions &options, const QString &path, QString *error, const Paint &paint)
{
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = describe(path, problem);
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title);
    generator.setDescription(options.caption);
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = describe(path, QStringLiteral("cannot start drawing the SVG"));
        return false;
    }
    paint(&painter);
    painter.end();
    return writeAll(path, bytes, error);
}

} // namespace tiescope
