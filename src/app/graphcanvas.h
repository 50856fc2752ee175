// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QGraphicsView>
#include <QTimer>

#include "model/strongid.h"

namespace tiescope {

class GraphScene;
class LegendPainter;

// The view onto the graph scene: wheel zoom around the cursor, drag to pan, fit, zoom to
// the selection, and the legend drawn over the corner. It tells the scene its scale so
// labels are placed for what is on screen.
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
    [[nodiscard]] bool legendVisible() const { return m_legendVisible; }

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
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void scaleChanged();

    GraphScene *m_scene;
    std::unique_ptr<LegendPainter> m_legend;
    bool m_legendVisible = true;
    // True while the picture is as fitAll() left it: a resize then fits again. Any zoom or
    // pan by the analyst ends it.
    bool m_fitted = false;
    QTimer m_labelTimer;
};

} // namespace tiescope
