// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QPointF>
#include <QWidget>

#include "geo/countryid.h"
#include "model/strongid.h"
#include "render/mapframe.h"

namespace tiescope {

class MapPicture;

// The map on screen: draws a MapPicture with MapPainter and its legend over it, zooms with
// the wheel, pans with a drag, and reports clicks on an entity or a country. What is drawn
// is the picture's (MapPanel keeps it in step with the document and the view state).
class MapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    explicit MapView(MapPicture &picture, QWidget *parent = nullptr);

    [[nodiscard]] const MapFrame &frame() const { return m_frame; }
    void setLegendVisible(bool visible);
    // Where an entity is drawn now (for tests and tooltips), if it is on the map.
    [[nodiscard]] std::optional<QPointF> entityPoint(EntityId entity) const;

public slots:
    void fitAll(); // the countries that hold entities
    void fitWorld();
    // Shows a region (map units) as if zoomed into it from the fit.
    void showRegion(const QRectF &map);
    void zoomIn();
    void zoomOut();

signals:
    void entityClicked(tiescope::EntityId entity, Qt::KeyboardModifiers modifiers);
    void countryClicked(tiescope::CountryId country, Qt::KeyboardModifiers modifiers);
    void emptyClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    void fit(const QRectF &bounds);

    MapPicture &m_picture;
    MapFrame m_frame;
    bool m_fitted = false;
    bool m_legend = true;
    std::optional<QPointF> m_pressed;
    QPointF m_last;
    bool m_dragged = false;
};

} // namespace tiescope
