// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;
class QWidget;

namespace tiescope {

class Dataset;
class LegendPainter;

// The legend over the canvas: which of its layouts (few rows and wide, or many rows and narrow,
// or on a small canvas a key of domains and statuses alone, the kinds' glyphs being listed in
// the Filter panel) it takes and in which corner it sits, so that a fit can leave it the room it
// needs beside or above the graph instead of drawing entities under it, and it is never wider
// or taller than the canvas. The analyst drags it to another corner (it snaps there) and hides it from the View
// menu. It watches the canvas viewport's mouse events for the drag.
class CanvasLegend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasLegend)

public:
    enum class Corner { BottomLeft, BottomRight, TopLeft, TopRight };

    explicit CanvasLegend(QWidget &viewport, QObject *parent = nullptr);
    ~CanvasLegend() override;

    // Lays the legend out again for these data (nullptr: no legend) and shown kinds.
    void rebuild(const Dataset *data, const std::vector<bool> &kindsShown);
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const { return m_visible; }
    [[nodiscard]] Corner corner() const { return m_corner; }
    void setCorner(Corner corner);

    // Where it is drawn in the viewport; empty when hidden or there is no data.
    [[nodiscard]] QRectF rect() const;
    // Shown as a key of domains and statuses only (the canvas had no room for the kinds).
    [[nodiscard]] bool isKey() const { return m_current < m_layouts.size() && m_layouts[m_current].key; }
    // The part of the viewport a picture of `content` size (in pixels at zoom 1) may use: the
    // layout and the side of the legend are chosen so the picture can be drawn largest.
    [[nodiscard]] QRectF freeArea(const QSizeF &content);
    void paint(QPainter *painter) const;

signals:
    void moved(); // dragged to another corner, shown or hidden: a fitted picture fits again

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QRectF rectFor(const QSizeF &size) const;
    [[nodiscard]] const LegendPainter *current() const;

    QWidget *m_viewport;
    struct Layout
    {
        std::unique_ptr<LegendPainter> painter;
        bool key = false; // domains and statuses only
    };
    std::vector<Layout> m_layouts; // from shortest (widest) to narrowest, the whole legend first
    std::size_t m_current = 0;
    Corner m_corner = Corner::BottomLeft;
    bool m_visible = true;
    bool m_dragging = false;
    QPointF m_grab;     // the pointer's offset from the legend's corner while dragging
    QPointF m_dragAt;   // the legend's top left while dragging
};

} // namespace tiescope
