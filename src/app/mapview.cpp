// SPDX-License-Identifier: MIT
#include "app/mapview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/maplegend.h"
#include "render/mappainter.h"
#include "render/mappicture.h"

namespace tiescope {

namespace {

constexpr double SlotPixels = 15.0;

} // namespace

MapView::MapView(MapPicture &picture, QWidget *parent) : QWidget(parent), m_picture(picture)
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 120); // small: the docks around the central tabs keep their room
}

void MapView::setLegendVisible(bool visible)
{
    m_legend = visible;
    update();
}

std::optional<QPointF> MapView::entityPoint(EntityId entity) const
{
    if (!m_picture.placement() || entity.index() >= m_picture.view()->graph().entityCount())
        return std::nullopt;
    return m_picture.screen(m_frame).entities[entity.index()];
}

void MapView::fitAll()
{
    fit(m_picture.focusBounds());
}

void MapView::fitWorld()
{
    fit(m_picture.worldBounds());
}

void MapView::showRegion(const QRectF &map)
{
    fit(m_picture.focusBounds());
    m_frame.show(map);
    update();
}

void MapView::fit(const QRectF &bounds)
{
    // Fitted above the legend, so it covers no country the fit was meant to show.
    const double legend = m_legend ? MapLegend(m_picture).size().height() + 20.0 : 0.0;
    QRectF area(rect());
    if (area.height() - legend > area.height() / 2.0)
        area.setBottom(area.bottom() - legend);
    m_frame = MapFrame::fit(bounds, area, SlotPixels);
    m_frame.setArea(QRectF(rect()));
    m_fitted = true;
    update();
}

void MapView::zoomIn()
{
    m_frame.zoomAt(QRectF(rect()).center(), 1.25);
    update();
}

void MapView::zoomOut()
{
    m_frame.zoomAt(QRectF(rect()).center(), 0.8);
    update();
}

void MapView::paintEvent(QPaintEvent *)
{
    if (!m_fitted)
        fitAll();
    QPainter painter(this);
    MapPainter::paint(&painter, m_picture, m_frame);
    if (m_legend) {
        const MapLegend legend(m_picture);
        legend.paint(&painter, QPointF(10, height() - legend.size().height() - 10));
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        m_frame.resize(QRectF(rect()));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    m_frame.zoomAt(event->position(), std::pow(1.2, steps));
    update();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = event->position();
    m_last = event->position();
    m_dragged = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragged && QLineF(*m_pressed, event->position()).length() < 4.0)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    m_frame.pan(event->position() - m_last);
    m_last = event->position();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed.reset();
    unsetCursor();
    if (m_dragged)
        return;
    if (const auto entity = m_picture.entityAt(m_frame, event->position()))
        emit entityClicked(*entity, event->modifiers());
    else if (const auto country = m_picture.countryAt(m_frame, event->position()))
        emit countryClicked(*country, event->modifiers());
    else
        emit emptyClicked();
}

bool MapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPointF at = help->pos();
    QString text;
    if (const auto entity = m_picture.entityAt(m_frame, at)) {
        text = QString::fromStdString(m_picture.view()->graph().dataset().entity(*entity).name);
    } else if (const auto country = m_picture.countryAt(m_frame, at)) {
        text = QString::fromStdString(m_picture.map().country(*country).name);
        if (const CountryMeasure *measure = m_picture.measure(); measure && measure->value(*country))
            text += QStringLiteral("\n%1: %2")
                        .arg(QString::fromStdString(measure->name()))
                        .arg(*measure->value(*country), 0, 'g', 3);
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace tiescope
