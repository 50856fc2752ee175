// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include <QDockWidget>

#include "timeline/timelineoptions.h"

class QComboBox;
class QLabel;

namespace tiescope {

class GraphDocument;
class TimeDock;
class TimelineView;
class ViewState;

// The Timeline dock: ties of the filtered view as bars in lanes over time. It shares state
// and keeps none of its own: the filter through GraphDocument (it shows what the canvas
// shows, and follows edits), the date window through the Time dock (a brush sets the Time
// dock's window, which FilterController applies), the selection through ViewState, and the
// Time dock's play as a cursor.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDock)

public:
    TimelineDock(GraphDocument &document, ViewState &viewState, TimeDock &timeDock, QWidget *parent = nullptr);

    [[nodiscard]] TimelineView &view() const { return *m_view; }
    [[nodiscard]] QComboBox *laneBox() const { return m_lanes; }
    [[nodiscard]] QComboBox *orderBox() const { return m_order; }
    [[nodiscard]] TimelineOptions options() const;

private:
    void rebuild(bool fit);
    void clear();
    void showWindow();
    void showSelection(bool reveal);
    void brush(std::int32_t first, std::int32_t last);

    GraphDocument &m_document;
    ViewState &m_viewState;
    TimeDock &m_timeDock;
    TimelineView *m_view;
    QComboBox *m_lanes;
    QComboBox *m_order;
    QLabel *m_summary;
    // Lanes are built only while the dock is shown (a hidden tab by default): a change while it
    // is hidden leaves it empty and stale, and it is built once when shown.
    bool m_stale = false;
    bool m_onScreen = false; // shown, and its tab (if tabbed) the current one
    bool m_fitPending = false;
};

} // namespace tiescope
