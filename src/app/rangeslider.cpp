// SPDX-License-Identifier: MIT
#include "app/rangeslider.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace tiescope {

namespace {

constexpr double HandleRadius = 7.0;
constexpr double Side = 10.0;
constexpr double TrackHeight = 4.0;
constexpr double AxisHeight = 14.0;
constexpr double UndatedGap = 22.0; // keeps the label clear of the last year's label
constexpr double UndatedPad = 6.0;  // around the label, inside the widget

} // namespace

RangeSlider::RangeSlider(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Drag the handles to set the date window, or drag between them to move it; "
                  "arrow keys move the focused handle"));
}

void RangeSlider::setRange(int minimum, int maximum)
{
    m_minimum = minimum;
    m_maximum = std::max(maximum, minimum + 1);
    m_lower = std::clamp(m_lower, m_minimum, m_maximum);
    m_upper = std::clamp(m_upper, m_lower, m_maximum);
    update();
}

void RangeSlider::setHistogram(std::vector<int> counts)
{
    m_histogram = std::move(counts);
    m_exponent = 1.0;
    const long long total = std::accumulate(m_histogram.begin(), m_histogram.end(), 0LL);
    long long seen = 0;
    for (std::size_t i = 0; i < m_histogram.size() && total > 0; ++i) {
        seen += m_histogram[i];
        if (2 * seen >= total) {
            const double median = (static_cast<double>(i) + 0.5) / static_cast<double>(m_maximum - m_minimum + 1);
            if (median > 0.5 && median < 1.0)
                m_exponent = std::clamp(std::log(0.5) / std::log(median), 1.0, 6.0);
            break;
        }
    }
    update();
}

void RangeSlider::setValues(int lower, int upper)
{
    lower = std::clamp(lower, m_minimum, m_maximum);
    upper = std::clamp(upper, lower, m_maximum);
    if (lower == m_lower && upper == m_upper)
        return;
    m_lower = lower;
    m_upper = upper;
    update();
    emit valuesChanged(m_lower, m_upper);
}

QRectF RangeSlider::trackRect() const
{
    const double y = height() - AxisHeight - HandleRadius;
    // Room for the undated bar's label as wide as its text: "undated (105)" was cut at both ends.
    const double right =
        m_undated >= 0 ? UndatedGap + QFontMetricsF(undatedFont()).horizontalAdvance(undatedText()) + UndatedPad : 0.0;
    return {Side, y - TrackHeight / 2.0, width() - 2 * Side - right, TrackHeight};
}

void RangeSlider::setUndatedCount(int count)
{
    m_undated = count;
    update();
}

QRectF RangeSlider::undatedBarRect() const
{
    if (m_undated < 0)
        return {};
    const QRectF track = trackRect();
    const double bottom = track.top() - HandleRadius - 2.0;
    const double full = std::max(bottom - 4.0, 4.0);
    const int years = m_histogram.empty() ? 0 : *std::max_element(m_histogram.begin(), m_histogram.end());
    const int peak = std::max(years, m_undated);
    const double h = m_undated == 0 ? 0.0 : std::max(2.0, full * std::sqrt(m_undated / static_cast<double>(peak)));
    return {undatedLabelRect().center().x() - 7.0, bottom - h, 14.0, h};
}

QString RangeSlider::undatedText() const
{
    return tr("undated (%1)").arg(m_undated);
}

QFont RangeSlider::undatedFont() const
{
    QFont small = font();
    small.setPixelSize(10);
    return small;
}

QRectF RangeSlider::undatedLabelRect() const
{
    const double left = trackRect().right() + UndatedGap;
    return {left, height() - AxisHeight, width() - 2.0 - left, AxisHeight};
}

double RangeSlider::xForValue(double value) const
{
    const QRectF track = trackRect();
    const double u = std::clamp((value - m_minimum) / static_cast<double>(m_maximum - m_minimum), 0.0, 1.0);
    return track.left() + track.width() * std::pow(u, m_exponent);
}

int RangeSlider::valueForX(double x) const
{
    const QRectF track = trackRect();
    const double t = std::clamp((x - track.left()) / std::max(track.width(), 1.0), 0.0, 1.0);
    const double u = std::pow(t, 1.0 / m_exponent);
    return m_minimum + static_cast<int>(std::lround(u * (m_maximum - m_minimum)));
}

void RangeSlider::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF track = trackRect();
    const QColor accent = palette().color(QPalette::Highlight);

    // Histogram: one bar per year, scaled to the busiest year, above the track.
    const double histogramBottom = track.top() - HandleRadius - 2.0;
    const double histogramHeight = std::max(histogramBottom - 4.0, 4.0);
    // Years and the undated bar share one scale, so their heights compare.
    const int peak = std::max(m_histogram.empty() ? 0 : *std::max_element(m_histogram.begin(), m_histogram.end()),
                              m_undated);
    if (peak > 0) {
        for (std::size_t i = 0; i < m_histogram.size(); ++i) {
            if (m_histogram[i] == 0)
                continue;
            const int value = m_minimum + static_cast<int>(i);
            const double h = std::max(2.0, histogramHeight * std::sqrt(m_histogram[i] / static_cast<double>(peak)));
            const bool inside = value >= m_lower && value <= m_upper;
            const double left = xForValue(value - 0.45);
            const double width = std::max(xForValue(value + 0.45) - left, 1.5);
            painter.fillRect(QRectF(left, histogramBottom - h, width, h), inside ? accent : QColor(0xb8, 0xbe, 0xc4));
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd5, 0xd9, 0xdd));
    painter.drawRoundedRect(track, 2, 2);
    const double x0 = xForValue(m_lower);
    const double x1 = xForValue(m_upper);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(x0, track.top(), x1 - x0, track.height()), 2, 2);
    for (const Handle handle : {Handle::Lower, Handle::Upper}) {
        const double x = handle == Handle::Lower ? x0 : x1;
        const bool focused = hasFocus() && m_focusHandle == handle;
        painter.setPen(QPen(focused ? accent.darker(140) : QColor(0x6b, 0x75, 0x7d), focused ? 2.0 : 1.2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(x, track.center().y()), HandleRadius, HandleRadius);
    }
    paintAxis(painter, track);
    if (m_undated >= 0) {
        const QRectF bar = undatedBarRect();
        painter.setPen(QPen(QColor(0x6b, 0x75, 0x7d), 1.0));
        painter.setBrush(QBrush(QColor(0x6b, 0x75, 0x7d), Qt::BDiagPattern));
        if (!bar.isEmpty())
            painter.drawRect(bar);
        painter.setFont(undatedFont());
        painter.setPen(palette().color(QPalette::WindowText));
        // The count goes in the label: above the bar it would leave the widget when undated ties are the peak.
        painter.drawText(undatedLabelRect(), Qt::AlignCenter, undatedText());
    }
}

void RangeSlider::paintAxis(QPainter &painter, const QRectF &)
{
    // Year labels, roundest first, each kept only where it has room: the stretched scale
    // gets dense labels where it is wide and sparse ones where it is squeezed.
    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    const double labelY = height() - AxisHeight;
    constexpr double LabelWidth = 34.0;
    std::vector<double> taken;
    const auto tryLabel = [&](int year) {
        const double x = xForValue(year);
        for (const double other : taken) {
            if (std::abs(other - x) < LabelWidth + 4.0)
                return;
        }
        taken.push_back(x);
        const double left = std::clamp(x - LabelWidth / 2.0, 0.0, width() - LabelWidth);
        painter.drawText(QRectF(left, labelY, LabelWidth, AxisHeight), Qt::AlignCenter, QString::number(year));
    };
    tryLabel(m_minimum);
    tryLabel(m_maximum);
    for (const int step : {100, 50, 10, 5, 1}) {
        for (int year = (m_minimum / step + 1) * step; year < m_maximum; year += step)
            tryLabel(year);
    }
}

void RangeSlider::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    const double d0 = std::abs(x - xForValue(m_lower));
    const double d1 = std::abs(x - xForValue(m_upper));
    if (std::min(d0, d1) <= HandleRadius + 3.0) {
        // Equal handles: grab the one that can still move the way the pointer will go.
        m_dragging = d0 < d1 || (d0 == d1 && x < xForValue(m_lower)) ? Handle::Lower : Handle::Upper;
        m_focusHandle = m_dragging;
    } else if (x > xForValue(m_lower) && x < xForValue(m_upper)) {
        m_dragging = Handle::Both;
        m_dragOrigin = valueForX(x);
        m_dragLower = m_lower;
    } else {
        m_dragging = x < xForValue(m_lower) ? Handle::Lower : Handle::Upper;
        m_focusHandle = m_dragging;
        moveTo(m_dragging, valueForX(x));
    }
    update();
}

void RangeSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging == Handle::None)
        return;
    const int value = valueForX(event->position().x());
    if (m_dragging == Handle::Both) {
        const int width = m_upper - m_lower;
        const int lower = std::clamp(m_dragLower + value - m_dragOrigin, m_minimum, m_maximum - width);
        setValues(lower, lower + width);
        return;
    }
    moveTo(m_dragging, value);
}

void RangeSlider::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = Handle::None;
}

void RangeSlider::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        step = -1;
        break;
    case Qt::Key_Right:
    case Qt::Key_Up:
        step = 1;
        break;
    case Qt::Key_PageDown:
        step = -10;
        break;
    case Qt::Key_PageUp:
        step = 10;
        break;
    case Qt::Key_Tab:
        if (m_focusHandle == Handle::Lower) {
            m_focusHandle = Handle::Upper;
            update();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    moveTo(m_focusHandle, (m_focusHandle == Handle::Upper ? m_upper : m_lower) + step);
}

void RangeSlider::moveTo(Handle handle, int value)
{
    if (handle == Handle::Lower)
        setValues(std::min(value, m_upper), m_upper);
    else if (handle == Handle::Upper)
        setValues(m_lower, std::max(value, m_lower));
}

} // namespace tiescope
