// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDockWidget>
#include <QTimer>

#include "model/partialdate.h"

class QLabel;
class QLineEdit;
class QToolButton;

namespace tiescope {

class Dataset;
class RangeSlider;

// The date window: a two-handle slider over years with ties per year beneath, typed dates
// (YYYY, YYYY-MM or YYYY-MM-DD) and a play button that sweeps the window through time.
// A handle at either end means that side is open.
class TimeDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeDock)

public:
    explicit TimeDock(QWidget *parent = nullptr);

    void setDataset(const Dataset *data);
    // The ties per year again (after an edit); the window stays where it is.
    void updateHistogram(const Dataset &data);
    [[nodiscard]] const std::optional<PartialDate> &from() const { return m_from; }
    [[nodiscard]] const std::optional<PartialDate> &to() const { return m_to; }
    void setWindow(const std::optional<PartialDate> &from, const std::optional<PartialDate> &to);

    [[nodiscard]] RangeSlider *slider() const { return m_slider; }
    [[nodiscard]] QLineEdit *fromField() const { return m_fromField; }
    [[nodiscard]] QLineEdit *toField() const { return m_toField; }
    [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }

public slots:
    void togglePlay();
    void reset();

signals:
    void changed();

private:
    void setHistogramOf(const Dataset *data);
    void sliderMoved(int lower, int upper);
    void fieldEdited(QLineEdit *field);
    void showWindow();
    void step();

    RangeSlider *m_slider;
    QLineEdit *m_fromField;
    QLineEdit *m_toField;
    QToolButton *m_play;
    QLabel *m_summary;
    QTimer m_timer;
    std::optional<PartialDate> m_from;
    std::optional<PartialDate> m_to;
    bool m_updating = false;
};

} // namespace tiescope
