// SPDX-License-Identifier: MIT
#include "app/canvaslegend.h"

#include <algorithm>

#include <QMouseEvent>
#include <QPainter>
#include <QWidget>

#include "model/dataset.h"
#include "render/legendpainter.h"

namespace tiescope {

namespace {

constexpr double Margin = 10.0;   // between the legend and the viewport's edge, and the picture
constexpr std::size_t MinRows = 5; // the statuses' column, never split
constexpr double KeyPenalty = 0.8; // the key is taken when the whole legend leaves under this much

// Rows per column that split the domains and the kinds into even columns.
std::vector<std::size_t> rowChoices(std::size_t domains, std::size_t kinds)
{
    std::vector<std::size_t> rows;
    for (const std::size_t count : {domains, kinds}) {
        for (std::size_t columns = 1; columns <= 4; ++columns)
            rows.push_back(std::max(MinRows, (count + columns - 1) / columns));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

CanvasLegend::CanvasLegend(QWidget &viewport, QObject *parent) : QObject(parent), m_viewport(&viewport)
{
    viewport.installEventFilter(this);
}

CanvasLegend::~CanvasLegend() = default;

void CanvasLegend::rebuild(const Dataset *data, const std::vector<bool> &kindsShown)
{
    // A new filter keeps the layout the last fit chose; the first one is the shortest that fits
    // the viewport's width, until a fit chooses.
    const bool first = m_layouts.empty();
    m_layouts.clear();
    if (!data)
        return;
    const auto shown = static_cast<std::size_t>(std::count(kindsShown.begin(), kindsShown.end(), true));
    const std::vector<bool> noKinds(data->kinds().size(), false);
    for (const bool key : {false, true}) {
        for (const std::size_t rows : rowChoices(data->domains().size(), kindsShown.empty() ? data->kinds().size() : shown))
            m_layouts.push_back({std::make_unique<LegendPainter>(*data, key ? noKinds : kindsShown, rows, true), key});
    }
    if (!first) {
        m_current = std::min(m_current, m_layouts.size() - 1);
        return;
    }
    m_current = 0;
    const double width = m_viewport->width() - 2 * Margin;
    while (m_current + 1 < m_layouts.size() && m_layouts[m_current].painter->size().width() > width)
        ++m_current;
}

void CanvasLegend::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit moved();
}

void CanvasLegend::setCorner(Corner corner)
{
    if (corner == m_corner)
        return;
    m_corner = corner;
    emit moved();
}

const LegendPainter *CanvasLegend::current() const
{
    return m_visible && m_current < m_layouts.size() ? m_layouts[m_current].painter.get() : nullptr;
}

QRectF CanvasLegend::rectFor(const QSizeF &size) const
{
    const bool left = m_corner == Corner::BottomLeft || m_corner == Corner::TopLeft;
    const bool top = m_corner == Corner::TopLeft || m_corner == Corner::TopRight;
    const double x = left ? Margin : m_viewport->width() - Margin - size.width();
    const double y = top ? Margin : m_viewport->height() - Margin - size.height();
    return {QPointF(x, y), size};
}

QRectF CanvasLegend::rect() const
{
    const LegendPainter *legend = current();
    if (!legend)
        return {};
    return m_dragging ? QRectF(m_dragAt, legend->size()) : rectFor(legend->size());
}

QRectF CanvasLegend::freeArea(const QSizeF &content)
{
    const QRectF whole = QRectF(m_viewport->rect()).adjusted(Margin, Margin, -Margin, -Margin);
    if (!m_visible || m_layouts.empty() || content.isEmpty())
        return whole;
    const bool left = m_corner == Corner::BottomLeft || m_corner == Corner::TopLeft;
    const bool top = m_corner == Corner::TopLeft || m_corner == Corner::TopRight;
    // Each layout, beside the picture or above or below it: the one that leaves the picture
    // largest (a layout wider or taller than the canvas is never taken while another fits).
    double best = -1.0;
    QRectF bestArea = whole;
    for (std::size_t i = 0; i < m_layouts.size(); ++i) {
        const QSizeF size = m_layouts[i].painter->size();
        const bool fits = size.width() <= whole.width() && size.height() <= whole.height();
        const double strip = size.height() + Margin;
        const double column = size.width() + Margin;
        const QRectF belowOrAbove = top ? whole.adjusted(0, strip, 0, 0) : whole.adjusted(0, 0, 0, -strip);
        const QRectF beside = left ? whole.adjusted(column, 0, 0, 0) : whole.adjusted(0, 0, -column, 0);
        for (const QRectF &area : {belowOrAbove, beside}) {
            if (area.width() <= 0 || area.height() <= 0)
                continue;
            const double zoom = std::min(area.width() / content.width(), area.height() / content.height());
            const double score = zoom * (fits ? 1.0 : 1e-6) * (m_layouts[i].key ? KeyPenalty : 1.0);
            if (score > best) {
                best = score;
                bestArea = area;
                m_current = i;
            }
        }
    }
    return bestArea;
}

void CanvasLegend::paint(QPainter *painter) const
{
    if (const LegendPainter *legend = current())
        legend->paint(painter, rect().topLeft());
}

bool CanvasLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport || !current())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QRectF at = rect();
        if (mouse->button() != Qt::LeftButton || !at.contains(mouse->position()))
            return false;
        m_dragging = true;
        m_dragAt = at.topLeft();
        m_grab = mouse->position() - at.topLeft();
        return true; // the legend takes the press: the canvas neither pans nor selects
    }
    case QEvent::MouseMove:
        if (!m_dragging)
            return false;
        m_dragAt = static_cast<QMouseEvent *>(event)->position() - m_grab;
        m_viewport->update();
        return true;
    case QEvent::MouseButtonRelease: {
        if (!m_dragging)
            return false;
        m_dragging = false;
        // It snaps to the corner nearest to where it was dropped.
        const QPointF centre = QRectF(m_dragAt, current()->size()).center();
        const bool left = centre.x() < m_viewport->width() / 2.0;
        const bool top = centre.y() < m_viewport->height() / 2.0;
        const Corner corner = top ? (left ? Corner::TopLeft : Corner::TopRight)
                                  : (left ? Corner::BottomLeft : Corner::BottomRight);
        if (corner == m_corner)
            m_viewport->update();
        setCorner(corner);
        return true;
    }
    default:
        return false;
    }
}

} // namespace tiescope
