// SPDX-License-Identifier: MIT
#include "app/graphcanvas.h"

#include <algorithm>
#include <cmath>

#include <QScrollBar>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include "graph/tiegraph.h"
#include "render/graphscene.h"
#include "render/legendpainter.h"

namespace tiescope {

namespace {

constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 8.0;

} // namespace

GraphCanvas::GraphCanvas(GraphScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Ties live in one item that spans the scene, so partial updates would not save much;
    // a full update also keeps the legend overlay clean while scrolling.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    // Items put back what they change, so the view need not save and restore the painter
    // around each of 10k entities.
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xf9));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    m_labelTimer.setSingleShot(true);
    m_labelTimer.setInterval(30);
    connect(&m_labelTimer, &QTimer::timeout, this, [this] { m_scene->setViewScale(zoom()); });
    connect(m_scene, &GraphScene::viewApplied, this, &GraphCanvas::refreshLegend);
}

GraphCanvas::~GraphCanvas() = default;

QRectF GraphCanvas::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void GraphCanvas::scaleChanged()
{
    m_labelTimer.start();
    emit zoomChanged(zoom());
}

void GraphCanvas::zoomBy(double factor)
{
    m_fitted = false;
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    const double applied = target / zoom();
    if (std::abs(applied - 1.0) < 1e-9)
        return;
    scale(applied, applied);
    scaleChanged();
}

void GraphCanvas::setZoomAndCentre(double zoom, const QPointF &centre)
{
    m_fitted = false;
    const double target = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(target, target));
    centerOn(centre);
    scaleChanged();
}

void GraphCanvas::showRect(const QRectF &sceneRect)
{
    if (sceneRect.isEmpty())
        return;
    // Fit into the part of the viewport the legend leaves free, so it covers nothing.
    const double legendHeight = m_legendVisible && m_legend ? m_legend->size().height() + 20.0 : 0.0;
    const QSizeF free(std::max(viewport()->width() - 20.0, 40.0), std::max(viewport()->height() - 20.0 - legendHeight, 40.0));
    const double target = std::clamp(std::min(free.width() / sceneRect.width(), free.height() / sceneRect.height()),
                                     MinZoom, 2.5);
    setTransform(QTransform::fromScale(target, target));
    centerOn(sceneRect.center() + QPointF(0.0, legendHeight / 2.0 / target));
    scaleChanged();
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        m_fitted = false; // the analyst pans or drags: the picture is theirs now
    QGraphicsView::mouseMoveEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    m_fitted = false;
    QGraphicsView::keyPressEvent(event);
}

void GraphCanvas::fitAll()
{
    // Labels keep their size on screen, so how far they reach in the scene depends on the zoom:
    // fit, measure again at the new zoom, and fit again until the picture holds still.
    for (int round = 0; round < 3; ++round) {
        const double before = zoom();
        showRect(m_scene->shownBounds());
        if (std::abs(zoom() - before) < 1e-3 * before)
            break;
    }
    m_fitted = true;
}

void GraphCanvas::zoomToSelection()
{
    const QRectF bounds = m_scene->selectionBounds();
    if (!bounds.isEmpty())
        showRect(bounds);
}

void GraphCanvas::centreOnEntity(EntityId entity)
{
    if (zoom() < 0.6)
        scale(0.9 / zoom(), 0.9 / zoom());
    centerOn(m_scene->position(entity));
    scaleChanged();
}

void GraphCanvas::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    viewport()->update();
}

void GraphCanvas::refreshLegend()
{
    m_legend.reset();
    if (m_scene->graph())
        m_legend = std::make_unique<LegendPainter>(m_scene->graph()->dataset(), m_scene->kindsShown(), 8, true);
    viewport()->update();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event);
    zoomToSelection(); // nothing marked: nothing to zoom to
}

void GraphCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_legendVisible || !m_legend)
        return;
    painter->save();
    painter->resetTransform();
    const QSizeF size = m_legend->size();
    m_legend->paint(painter, QPointF(10.0, viewport()->height() - size.height() - 10.0));
    painter->restore();
}

} // namespace tiescope
