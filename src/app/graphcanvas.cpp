// SPDX-License-Identifier: MIT
#include "app/graphcanvas.h"

#include <algorithm>
#include <cmath>

#include <QScrollBar>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include "app/canvaslegend.h"
#include "graph/tiegraph.h"
#include "render/graphscene.h"

namespace tiescope {

namespace {

constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 8.0;
constexpr double ReadableZoom = 1.0; // labels and glyphs at their own size
constexpr double LabelInset = 3.0;   // pixels a label's halo keeps from the viewport's edge
constexpr int SharpAfterMs = 150;    // a zoom's sharp picture, this long after its last step

} // namespace

GraphCanvas::GraphCanvas(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_legend(new CanvasLegend(*viewport(), this))
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
    connect(&m_labelTimer, &QTimer::timeout, this, &GraphCanvas::placeLabels);
    m_sharpTimer.setSingleShot(true);
    m_sharpTimer.setInterval(SharpAfterMs);
    connect(&m_sharpTimer, &QTimer::timeout, this, [this] { m_scene->setZoomPreview(false); });
    connect(m_scene, &GraphScene::viewApplied, this, &GraphCanvas::refreshLegend);
    connect(m_legend, &CanvasLegend::moved, this, [this] {
        if (m_fitted)
            fitAll();
        else
            placeLabels();
        viewport()->update();
    });
}

GraphCanvas::~GraphCanvas() = default;

QRectF GraphCanvas::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void GraphCanvas::placeLabels()
{
    const QRectF inset = QRectF(viewport()->rect()).adjusted(LabelInset, LabelInset, -LabelInset, -LabelInset);
    const QRectF legend = m_legend->rect();
    const QTransform toScene = viewportTransform().inverted();
    m_scene->setViewport(zoom(), toScene.mapRect(inset), legend.isEmpty() ? QRectF() : toScene.mapRect(legend));
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
    if (m_scene->isCrowded()) {
        // Wheel steps come many a second; each redraws at once from the last picture.
        m_scene->setZoomPreview(true);
        m_sharpTimer.start();
    }
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
    // Into the part of the viewport the legend leaves free, so it covers nothing.
    const QRectF free = m_legend->freeArea(sceneRect.size());
    const double target = std::clamp(fitZoom(sceneRect), MinZoom, 2.5);
    setTransform(QTransform::fromScale(target, target));
    const QPointF offset = free.center() - QRectF(viewport()->rect()).center();
    centerOn(sceneRect.center() - offset / target);
    scaleChanged();
}

double GraphCanvas::fitZoom(const QRectF &sceneRect) const
{
    const QRectF free = m_legend->freeArea(sceneRect.size());
    return std::min(free.width() / sceneRect.width(), free.height() / sceneRect.height());
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
    else
        m_labelTimer.start();
}

void GraphCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_labelTimer.start(); // once the pan pauses, labels are placed for what came into view
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        m_fitted = false; // the analyst pans or drags: the picture is theirs now
    QGraphicsView::mouseMoveEvent(event);
}

void GraphCanvas::leaveEvent(QEvent *event)
{
    m_scene->pointerLeft();
    QGraphicsView::leaveEvent(event);
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
    // Measured with every label placed as if there were room, so the fit leaves the margin they
    // need; then they are placed for the viewport, and none is cut at its edge.
    // When the entities alone need less than the smallest zoom (a big store), no label can
    // change the zoom: the picture is the smallest zoom on them, and no label is placed twice
    // (at 100k entities a placement is a fifth of a second).
    const QRectF centres = m_scene->shownCentres();
    if (!centres.isEmpty() && fitZoom(centres) <= MinZoom) {
        showRect(centres);
        placeLabels();
        m_fitted = true;
        return;
    }
    for (int round = 0; round < 3; ++round) {
        const double before = zoom();
        m_scene->setViewScale(before);
        showRect(m_scene->shownBounds());
        if (std::abs(zoom() - before) < 1e-3 * before)
            break;
    }
    placeLabels();
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
    // Found by search or asked for from the details: in the middle, at a zoom where it and its
    // label read at their own size, and kept there (a fitted picture would fit again on resize).
    m_fitted = false;
    if (zoom() < ReadableZoom)
        setTransform(QTransform::fromScale(ReadableZoom, ReadableZoom));
    centerOn(m_scene->position(entity));
    scaleChanged();
}

bool GraphCanvas::legendVisible() const
{
    return m_legend->isVisible();
}

void GraphCanvas::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

void GraphCanvas::refreshLegend()
{
    m_legend->rebuild(m_scene->graph() ? &m_scene->graph()->dataset() : nullptr, m_scene->kindsShown());
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

QRectF GraphCanvas::legendRect() const
{
    return m_legend->rect();
}

void GraphCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Before the view gathers the items to draw (their bounds hold their labels): the canvas
    // paints its own background, so the scene's drawBackground is not called.
    m_scene->placeLabels();
    QGraphicsView::drawBackground(painter, rect);
}

void GraphCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    m_legend->paint(painter);
    painter->restore();
}

} // namespace tiescope
