// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>

namespace tiescope {

// Thin antialiased lines drawn straight into a reused image: how far-out ties are painted
// when the target is the raster engine. Tens of thousands of ties a few pixels long are
// mostly per-line overhead in QPainter (a stroker set up, spans handed to a thread pool);
// here a line costs only its pixels, and the image is composited with one drawImage().
class TieRaster final
{
public:
    // Starts a frame covering `deviceRect` (device pixels), cleared to transparent. The image
    // is kept between frames, so painting allocates only when the area grows.
    void begin(const QRect &deviceRect);
    // Device coordinates; `width` in device pixels (a fraction is drawn as lower coverage).
    void drawLine(QPointF a, QPointF b, QColor colour, double width);
    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] QRect area() const { return m_area; }
    [[nodiscard]] bool isEmpty() const { return !m_drawn; }

private:
    void line(QPointF a, QPointF b, quint32 premultiplied);

    QImage m_image;
    uchar *m_bits = nullptr;
    qsizetype m_bytesPerLine = 0;
    int m_width = 0;
    int m_height = 0;
    QRect m_area;
    bool m_drawn = false;
};

} // namespace tiescope
