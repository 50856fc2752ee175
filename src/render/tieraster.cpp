// SPDX-License-Identifier: MIT
#include "render/tieraster.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "render/linegeometry.h"

namespace tiescope {

namespace {

// Each byte of a premultiplied ARGB pixel times a / 255, rounded: two channels per multiply.
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

// Clips the segment to [0,w] x [0,h]; false when nothing is left.
bool clip(QPointF &a, QPointF &b, double w, double h)
{
    double t0 = 0.0;
    double t1 = 1.0;
    if (!linegeometry::clipRange(a, b, QRectF(0.0, 0.0, w, h), t0, t1))
        return false;
    const QPointF d = b - a;
    b = a + t1 * d;
    a = a + t0 * d;
    return true;
}

constexpr int MaxStrands = 6;

} // namespace

void TieRaster::begin(const QRect &deviceRect)
{
    m_area = deviceRect;
    m_drawn = false;
    if (m_image.size() != deviceRect.size())
        m_image = QImage(deviceRect.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(0);
    m_bits = m_image.bits(); // detaches once here, not per pixel
    m_bytesPerLine = m_image.bytesPerLine();
    m_width = m_image.width();
    m_height = m_image.height();
    m_window = QRect(0, 0, m_width, m_height);
}

void TieRaster::beginBand(const TieRaster &frame, const QRect &window)
{
    m_image = QImage();
    m_area = frame.m_area;
    m_drawn = false;
    m_smooth = frame.m_smooth;
    m_bits = frame.m_bits; // the frame's pixels: only this band's rows are written
    m_bytesPerLine = frame.m_bytesPerLine;
    m_width = frame.m_width;
    m_height = frame.m_height;
    setWindow(window);
    setDashes({});
}

void TieRaster::setWindow(const QRect &window)
{
    m_window = window & QRect(0, 0, m_width, m_height);
}

void TieRaster::line(QPointF a, QPointF b, quint32 premultiplied)
{
    // Clipped to the whole image, even in a band: a band then steps exactly as the whole.
    if (!clip(a, b, m_width, m_height))
        return;
    // Xiaolin Wu's lines: along the major axis, each step shares its coverage between the
    // two pixels the line passes between, so a thin line looks smooth at any angle. The minor
    // coordinate is stepped in 16.16 fixed point: a few integer operations per pixel.
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    double x0 = steep ? a.y() : a.x();
    double y0 = steep ? a.x() : a.y();
    double x1 = steep ? b.y() : b.x();
    double y1 = steep ? b.x() : b.y();
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const int majorSize = steep ? m_height : m_width;
    const double gradient = x1 - x0 > 1e-9 ? (y1 - y0) / (x1 - x0) : 0.0;
    const int first = std::clamp(static_cast<int>(std::ceil(x0 - 0.5)), 0, majorSize - 1);
    const int last = std::clamp(static_cast<int>(std::floor(x1 - 0.5)), first, majorSize - 1);
    const auto yFirst = static_cast<std::int64_t>((y0 + gradient * (first + 0.5 - x0) - 0.5) * 65536.0);
    const auto step = static_cast<std::int64_t>(gradient * 65536.0);
    // The steps and the minor pixels inside this raster's window (the whole image but for a
    // band or a strip): the steps first, then those whose two pixels can reach the window
    // (a step further either way, for the rounding).
    const std::int64_t minorLo = steep ? m_window.left() : m_window.top();
    const std::int64_t minorHi = steep ? m_window.right() + 1 : m_window.bottom() + 1;
    int from = std::max(first, steep ? m_window.top() : m_window.left());
    int to = std::min(last, steep ? m_window.bottom() : m_window.right());
    if (minorLo > 0 || minorHi < (steep ? m_width : m_height)) {
        const std::int64_t lo = (minorLo - 1) * 65536;
        const std::int64_t hi = minorHi * 65536;
        if (step == 0) {
            if (yFirst < lo || yFirst >= hi)
                to = from - 1;
        } else {
            const std::int64_t a0 = (step > 0 ? lo - yFirst : hi - yFirst) / step;
            const std::int64_t a1 = (step > 0 ? hi - yFirst : lo - yFirst) / step;
            from = static_cast<int>(std::max<std::int64_t>(from, first + a0 - 1));
            to = static_cast<int>(std::min<std::int64_t>(to, first + a1 + 1));
        }
    }
    const bool dashed = !m_dashes.empty();
    if (from > to && !dashed)
        return;
    m_drawn = true;
    // Steps along a row are one pixel apart; along a column, one line apart.
    const qsizetype majorStride = steep ? m_bytesPerLine : 4;
    const qsizetype minorStride = steep ? 4 : m_bytesPerLine;
    const auto plot = [&](uchar *row, std::int64_t minor, quint32 coverage) {
        if (minor < minorLo || minor >= minorHi || coverage == 0)
            return;
        auto *pixel = reinterpret_cast<quint32 *>(row + minor * minorStride);
        const quint32 source = byteMul(premultiplied, coverage);
        *pixel = source + byteMul(*pixel, 255 - (source >> 24));
    };
    if (dashed) {
        // Dashed: plot only while "on", counting the distance walked along the whole line, so
        // the pattern is where it is for the whole image whichever steps this raster plots.
        const double stepLength = std::sqrt(1.0 + gradient * gradient);
        std::int64_t y = yFirst;
        uchar *row = m_bits + first * majorStride;
        for (int x = first; x <= last; ++x, y += step, row += majorStride) {
            if (m_dashIndex % 2 == 0 && x >= from && x <= to) {
                const auto below = static_cast<quint32>((y >> 8) & 0xff);
                plot(row, y >> 16, 255 - below);
                plot(row, (y >> 16) + 1, below);
            }
            m_dashLeft -= stepLength;
            while (m_dashLeft <= 0.0) {
                m_dashIndex = (m_dashIndex + 1) % m_dashes.size();
                m_dashLeft += m_dashes[m_dashIndex];
            }
        }
        return;
    }
    std::int64_t y = yFirst + step * (from - first);
    uchar *row = m_bits + from * majorStride;
    if (!m_smooth) {
        // One opaque-coverage pixel per step: the source is the same every time.
        const quint32 keep = 255 - (premultiplied >> 24);
        y += 0x8000; // round to the nearest pixel instead of sharing between two
        for (int x = from; x <= to; ++x, y += step, row += majorStride) {
            const std::int64_t minor = y >> 16;
            if (minor >= minorLo && minor < minorHi) {
                auto *pixel = reinterpret_cast<quint32 *>(row + minor * minorStride);
                *pixel = premultiplied + byteMul(*pixel, keep);
            }
        }
        return;
    }
    for (int x = from; x <= to; ++x, y += step, row += majorStride) {
        const std::int64_t minor = y >> 16;
        const auto below = static_cast<quint32>((y >> 8) & 0xff);
        plot(row, minor, 255 - below);
        plot(row, minor + 1, below);
    }
}

TieRaster::Ink TieRaster::ink(QColor colour, double width)
{
    // Thinner than a pixel: the same line, fainter. Wider: parallel lines a pixel apart.
    if (width < 1.0)
        colour.setAlphaF(colour.alphaF() * static_cast<float>(std::max(width, 0.2)));
    return Ink{qPremultiply(colour.rgba()), std::clamp(static_cast<int>(std::lround(width)), 1, MaxStrands)};
}

void TieRaster::setDashes(const std::vector<double> &pattern)
{
    m_dashes.clear();
    // A pattern without length would never advance.
    if (pattern.size() >= 2 && std::all_of(pattern.begin(), pattern.end(), [](double d) { return d >= 0.5; }))
        m_dashes = pattern;
    m_dashIndex = 0;
    m_dashLeft = m_dashes.empty() ? 0.0 : m_dashes.front();
}

void TieRaster::drawLine(QPointF a, QPointF b, const Ink &ink)
{
    a -= m_area.topLeft();
    b -= m_area.topLeft();
    if (ink.strands == 1) {
        line(a, b, ink.premultiplied);
        return;
    }
    const QPointF along = b - a;
    const double length = std::hypot(along.x(), along.y());
    const QPointF normal = length > 1e-9 ? QPointF(-along.y() / length, along.x() / length) : QPointF(0, 1);
    const std::size_t dashIndex = m_dashIndex;
    const double dashLeft = m_dashLeft;
    for (int i = 0; i < ink.strands; ++i) {
        // Every strand starts where the dash pattern stood, so the dashes line up.
        m_dashIndex = dashIndex;
        m_dashLeft = dashLeft;
        const QPointF offset = normal * (i - (ink.strands - 1) / 2.0);
        line(a + offset, b + offset, ink.premultiplied);
    }
}

} // namespace tiescope
