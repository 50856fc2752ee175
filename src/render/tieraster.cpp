// SPDX-License-Identifier: MIT
#include "render/tieraster.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

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

constexpr int MaxStrands = 6;

} // namespace

void TieRaster::begin(const QRect &deviceRect)
{
    m_area = deviceRect;
    m_drawn = false;
    m_rowSteps.assign(static_cast<std::size_t>(std::max(deviceRect.height(), 0)) + 1, 0.0f);
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
    m_rowSteps.assign(static_cast<std::size_t>(std::max(frame.m_height, 0)) + 1, 0.0f);
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
    // Xiaolin Wu's lines: along the major axis, each step shares its coverage between the
    // two pixels the line passes between, so a thin line looks smooth at any angle. The minor
    // coordinate is stepped in 16.16 fixed point: a few integer operations per pixel.
    // Every step is placed, and every dash counted, from the line's own start, not from where
    // the image or a band cuts it: a view moved by whole pixels, or cut into bands, draws the
    // same pixels (and a pan does not make the dashes crawl).
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    double x0 = steep ? a.y() : a.x();
    double y0 = steep ? a.x() : a.y();
    double x1 = steep ? b.y() : b.x();
    double y1 = steep ? b.x() : b.y();
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const double gradient = x1 - x0 > 1e-9 ? (y1 - y0) / (x1 - x0) : 0.0;
    const double stepLength = std::sqrt(1.0 + gradient * gradient);
    constexpr double Reach = 1e9; // device pixels; no drawing is that large
    const auto first = static_cast<std::int64_t>(std::ceil(std::clamp(x0, -Reach, Reach) - 0.5));
    const auto last = std::max(first, static_cast<std::int64_t>(std::floor(std::clamp(x1, -Reach, Reach) - 0.5)));
    const bool dashed = !m_dashes.empty();
    const double walked = m_dashWalked; // the dash pattern's distance at step `first`
    if (dashed)
        m_dashWalked += static_cast<double>(last - first + 1) * stepLength;
    // The steps inside the image and this raster's window (the whole image but for a band or
    // a strip), then only those whose two pixels can reach the window's minor extent (a step
    // further either way, for the rounding).
    const std::int64_t minorLo = steep ? m_window.left() : m_window.top();
    const std::int64_t minorHi = steep ? m_window.right() + 1 : m_window.bottom() + 1;
    std::int64_t from = std::max<std::int64_t>(first, steep ? m_window.top() : m_window.left());
    std::int64_t to = std::min<std::int64_t>(last, steep ? m_window.bottom() : m_window.right());
    if (from > to)
        return;
    const auto yAt = [&](std::int64_t x) {
        return static_cast<std::int64_t>((y0 + gradient * (static_cast<double>(x) + 0.5 - x0) - 0.5) * 65536.0);
    };
    const auto step = static_cast<std::int64_t>(gradient * 65536.0);
    const std::int64_t yFirst = yAt(first); // stepped on from the start, as a whole line is
    const std::int64_t yFrom = yFirst + step * (from - first);
    const std::int64_t lo = (minorLo - 1) * 65536;
    const std::int64_t hi = minorHi * 65536;
    if (step == 0) {
        if (yFrom < lo || yFrom >= hi)
            return;
    } else {
        const std::int64_t a0 = (step > 0 ? lo - yFrom : hi - yFrom) / step;
        const std::int64_t a1 = (step > 0 ? hi - yFrom : lo - yFrom) / step;
        const std::int64_t start = from;
        from = std::max(from, start + a0 - 1);
        to = std::min(to, start + a1 + 1);
        if (from > to)
            return;
    }
    m_drawn = true;
    countSteps(steep, from, to, yFrom >> 16, (yFrom + step * (to - from)) >> 16);
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
    std::int64_t y = yFirst + step * (from - first);
    uchar *row = m_bits + from * majorStride;
    if (dashed) {
        // Dashed: plot only while "on". Where the pattern stands at `from`, from the distance
        // walked since the line's start; then counted on step by step.
        const double period = m_dashPeriod;
        double at = std::fmod(walked + static_cast<double>(from - first) * stepLength, period);
        std::size_t index = 0;
        while (index + 1 < m_dashes.size() && at >= m_dashes[index]) {
            at -= m_dashes[index];
            ++index;
        }
        double left = m_dashes[index] - at;
        for (std::int64_t x = from; x <= to; ++x, y += step, row += majorStride) {
            if (index % 2 == 0) {
                const auto below = static_cast<quint32>((y >> 8) & 0xff);
                plot(row, y >> 16, 255 - below);
                plot(row, (y >> 16) + 1, below);
            }
            left -= stepLength;
            while (left <= 0.0) {
                index = (index + 1) % m_dashes.size();
                left += m_dashes[index];
            }
        }
        return;
    }
    if (!m_smooth) {
        // One opaque-coverage pixel per step: the source is the same every time.
        const quint32 keep = 255 - (premultiplied >> 24);
        y += 0x8000; // round to the nearest pixel instead of sharing between two
        for (std::int64_t x = from; x <= to; ++x, y += step, row += majorStride) {
            const std::int64_t minor = y >> 16;
            if (minor >= minorLo && minor < minorHi) {
                auto *pixel = reinterpret_cast<quint32 *>(row + minor * minorStride);
                *pixel = premultiplied + byteMul(*pixel, keep);
            }
        }
        return;
    }
    for (std::int64_t x = from; x <= to; ++x, y += step, row += majorStride) {
        const std::int64_t minor = y >> 16;
        const auto below = static_cast<quint32>((y >> 8) & 0xff);
        plot(row, minor, 255 - below);
        plot(row, minor + 1, below);
    }
}

void TieRaster::countSteps(bool steep, std::int64_t from, std::int64_t to, std::int64_t minorFrom,
                           std::int64_t minorTo)
{
    // A difference array: the steps spread evenly over the rows they cross.
    const auto last = static_cast<std::int64_t>(m_rowSteps.size()) - 2;
    if (last < 0)
        return;
    std::int64_t top = steep ? from : std::min(minorFrom, minorTo);
    std::int64_t bottom = steep ? to : std::max(minorFrom, minorTo);
    top = std::clamp<std::int64_t>(top, 0, last);
    bottom = std::clamp<std::int64_t>(bottom, 0, last);
    const auto perRow = static_cast<float>(static_cast<double>(to - from + 1) / static_cast<double>(bottom - top + 1));
    m_rowSteps[static_cast<std::size_t>(top)] += perRow;
    m_rowSteps[static_cast<std::size_t>(bottom) + 1] -= perRow;
}

void TieRaster::addRowSteps(std::vector<double> &rows) const
{
    if (m_rowSteps.empty())
        return;
    rows.resize(m_rowSteps.size() - 1, 0.0);
    double running = 0.0;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        running += m_rowSteps[row];
        rows[row] += running;
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
    m_dashWalked = 0.0;
    m_dashPeriod = std::accumulate(m_dashes.begin(), m_dashes.end(), 0.0);
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
    const double dashWalked = m_dashWalked;
    for (int i = 0; i < ink.strands; ++i) {
        // Every strand starts where the dash pattern stood, so the dashes line up.
        m_dashWalked = dashWalked;
        const QPointF offset = normal * (i - (ink.strands - 1) / 2.0);
        line(a + offset, b + offset, ink.premultiplied);
    }
}

} // namespace tiescope
