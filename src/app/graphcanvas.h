// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QTimer>

#include "model/strongid.h"

namespace tiescope {

class CanvasLegend;
class GraphScene;

// The view onto the graph scene: wheel zoom around the cursor, drag to pan, fit, zoom to
// the selection, and the legend drawn over a corner (CanvasLegend), beside the fitted picture.
// It tells the scene its scale and the part of it on screen, so labels are placed for what is
// shown: readable, none cut at the edge or under the legend.
class GraphCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(GraphScene *scene, QWidget *parent = nullptr);
    ~GraphCanvas() override;

    [[nodiscard]] GraphScene *graphScene() const { return m_scene; }
    [[nodiscard]] double zoom() const { return transform().m11(); }
    [[nodiscard]] QRectF visibleSceneRect() const;
    [[nodiscard]] bool legendVisible() const;
    [[nodiscard]] CanvasLegend &legend() const { return *m_legend; }
    // True while the picture is as the last fit left it.
    [[nodiscard]] bool isFitted() const { return m_fitted; }
    // Where the legend is drawn, in viewport pixels; empty when it is hidden.
    [[nodiscard]] QRectF legendRect() const;

public slots:
    void fitAll();
    // Restores a saved viewport: this zoom (clamped), this scene point in the middle.
    void setZoomAndCentre(double zoom, const QPointF &centre);
    void zoomToSelection();
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void zoomBy(double factor);
    void centreOnEntity(tiescope::EntityId entity);
    void showRect(const QRectF &sceneRect);
    void setLegendVisible(bool visible);
    void refreshLegend();

signals:
    void zoomChanged(double zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override; // the scene's labels placed first
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void scaleChanged();
    // The zoom at which this scene rectangle fills the part of the viewport the legend leaves
    // free (not clamped).
    [[nodiscard]] double fitZoom(const QRectF &sceneRect) const;
    void placeLabels(); // for the zoom and the part of the scene shown now

    GraphScene *m_scene;
    CanvasLegend *m_legend;
    // True while the picture is as fitAll() left it: a resize then fits again. Any zoom or
    // pan by the analyst ends it.
    bool m_fitted = false;
    QTimer m_labelTimer;
    // In a crowded scene a zoom first shows the last picture's ties scaled (GraphScene's zoom
    // preview), and the sharp picture once the zooming pauses for this timer.
    QTimer m_sharpTimer;
};

} // namespace tiescope
