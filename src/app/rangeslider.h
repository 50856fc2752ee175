// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QWidget>

class QPainter;

namespace tiescope {

// A two-handle slider over whole years with a histogram of ties per year drawn above the
// track, so the analyst sees where the data is dense before moving the window.
class RangeSlider final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSlider)

public:
    explicit RangeSlider(QWidget *parent = nullptr);

    void setRange(int minimum, int maximum);
    void setHistogram(std::vector<int> countsPerValue); // index 0 is minimum()
    // Ties with no date, drawn as a hatched "undated" bar right of the years on the same
    // scale (they have no year to sit on). Negative: no such bar.
    void setUndatedCount(int count);
    [[nodiscard]] int undatedCount() const { return m_undated; }
    // Where the undated bar is drawn (empty when there is none), for tests.
    [[nodiscard]] QRectF undatedBarRect() const;
    // "undated (n)" under that bar, where it is drawn and in which font, for tests.
    [[nodiscard]] QRectF undatedLabelRect() const;
    [[nodiscard]] QString undatedText() const;
    [[nodiscard]] QFont undatedFont() const;
    void setValues(int lower, int upper);

    [[nodiscard]] int minimum() const { return m_minimum; }
    [[nodiscard]] int maximum() const { return m_maximum; }
    [[nodiscard]] int lower() const { return m_lower; }
    [[nodiscard]] int upper() const { return m_upper; }
    [[nodiscard]] const std::vector<int> &histogram() const { return m_histogram; }
    // Where a value sits on the widget, for tests and for painting. The scale stretches
    // where ties are dense (a power curve that puts the median tie in the middle), so two
    // centuries of sparse history do not squeeze the busy recent years into a corner.
    [[nodiscard]] double xForValue(double value) const;

    [[nodiscard]] QSize sizeHint() const override { return {260, 74}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 60}; }

signals:
    void valuesChanged(int lower, int upper); // while dragging too

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Handle { None, Lower, Upper, Both };
    [[nodiscard]] int valueForX(double x) const;
    void paintAxis(QPainter &painter, const QRectF &track);
    [[nodiscard]] QRectF trackRect() const;
    void moveTo(Handle handle, int value);

    int m_minimum = 0;
    int m_maximum = 1;
    int m_lower = 0;
    int m_upper = 1;
    std::vector<int> m_histogram;
    int m_undated = -1;
    double m_exponent = 1.0;
    Handle m_dragging = Handle::None;
    Handle m_focusHandle = Handle::Lower;
    int m_dragOrigin = 0;
    int m_dragLower = 0;
};

} // namespace tiescope
