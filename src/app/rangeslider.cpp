// SPDX-License-Identifier: MIT
#include "app/rangeslider.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace tiescope {

namespace {

constexpr double HandleRadius = 7.0;
constexpr double Side = 10.0;
constexpr double TrackHeight = 4.0;
constexpr double AxisHeight = 14.0;

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
    return {Side, y - TrackHeight / 2.0, width() - 2 * Side, TrackHeight};
}

double RangeSlider::xForValue(int value) const
{
    const QRectF track = trackRect();
    return track.left() + track.width() * (value - m_minimum) / static_cast<double>(m_maximum - m_minimum);
}

int RangeSlider::valueForX(double x) const
{
    const QRectF track = trackRect();
    const double t = std::clamp((x - track.left()) / std::max(track.width(), 1.0), 0.0, 1.0);
    return m_minimum + static_cast<int>(std::lround(t * (m_maximum - m_minimum)));
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
    const int peak = m_histogram.empty() ? 0 : *std::max_element(m_histogram.begin(), m_histogram.end());
    if (peak > 0) {
        const double step = track.width() / static_cast<double>(m_maximum - m_minimum + 1);
        for (std::size_t i = 0; i < m_histogram.size(); ++i) {
            if (m_histogram[i] == 0)
                continue;
            const int value = m_minimum + static_cast<int>(i);
            const double h = std::max(2.0, histogramHeight * std::sqrt(m_histogram[i] / static_cast<double>(peak)));
            const bool inside = value >= m_lower && value <= m_upper;
            painter.fillRect(QRectF(xForValue(value) - std::max(step, 1.5) / 2.0, histogramBottom - h, std::max(step, 1.5), h),
                             inside ? accent : QColor(0xb8, 0xbe, 0xc4));
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
    // Axis labels: the ends and a few round years between them.
    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    const double labelY = height() - AxisHeight;
    const int span = m_maximum - m_minimum;
    int tick = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
        tick = candidate;
        if (track.width() * candidate / std::max(span, 1) >= 42.0)
            break;
    }
    for (int year = (m_minimum + tick - 1) / tick * tick; year <= m_maximum; year += tick) {
        const double x = xForValue(year);
        painter.drawText(QRectF(x - 20, labelY, 40, AxisHeight), Qt::AlignCenter, QString::number(year));
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
