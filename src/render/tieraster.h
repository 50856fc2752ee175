// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

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
    // Draws into `frame`'s image (begun, and kept alive while this draws), but only rows
    // [top, bottom) of it: bands of one frame drawn on separate threads. Every line plots the
    // same pixels, from the same arithmetic, as when `frame` draws it, so the bands together
    // make the very image one raster would.
    void beginBand(const TieRaster &frame, const QRect &window);
    // From now on only the pixels in `window` (image coordinates) are written; begin() writes
    // them all.
    void setWindow(const QRect &window);
    // Swaps images with `other` (kept by the caller between frames): the image drawn last is
    // then the caller's, and begin() reuses `other`'s memory.
    void swapImage(QImage &other) { m_image.swap(other); }
    // Antialiased lines (Wu's, two pixels per step), or one pixel per step: half the cost.
    void setSmooth(bool smooth) { m_smooth = smooth; }
    // A colour and width made ready for drawLine once per style, not per line.
    struct Ink
    {
        quint32 premultiplied;
        int strands; // parallel one-pixel lines
    };
    // `width` in device pixels: thinner than a pixel is drawn fainter.
    [[nodiscard]] static Ink ink(QColor colour, double width);
    // A dash pattern in device pixels (on, off, on, ...), started afresh; empty: solid. It
    // runs on across the segments of one curve until set again.
    void setDashes(const std::vector<double> &pattern);
    // Device coordinates.
    void drawLine(QPointF a, QPointF b, const Ink &ink);
    [[nodiscard]] const QImage &image() const { return m_image; }
    // For painting on top of the lines before the image is composited (same size, no detach).
    [[nodiscard]] QImage &image() { return m_image; }
    [[nodiscard]] QRect area() const { return m_area; }
    [[nodiscard]] bool isEmpty() const { return !m_drawn; }
    // Adds, per image row, the steps of lines this raster took there since it began (each
    // line's steps spread evenly over the rows it crosses): how a frame's work lies, by which
    // TieRasterPainter splits the next frame's bands. `rows` is sized to the image's height.
    void addRowSteps(std::vector<double> &rows) const;

private:
    void line(QPointF a, QPointF b, quint32 premultiplied);
    void countSteps(bool steep, std::int64_t from, std::int64_t to, std::int64_t minorFrom, std::int64_t minorTo);

    QImage m_image;
    uchar *m_bits = nullptr;
    qsizetype m_bytesPerLine = 0;
    int m_width = 0;
    int m_height = 0;
    QRect m_window; // the pixels this raster writes
    QRect m_area;
    bool m_drawn = false;
    std::vector<float> m_rowSteps; // a difference array over the rows (addRowSteps)
    bool m_smooth = true;
    std::vector<double> m_dashes;
    double m_dashWalked = 0.0; // along the lines drawn since the pattern was set
    double m_dashPeriod = 0.0;
};

} // namespace tiescope
