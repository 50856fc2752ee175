// SPDX-License-Identifier: MIT
#include "app/timelinedock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/graphdocument.h"
#include "app/timedock.h"
#include "app/timelineview.h"
#include "app/viewstate.h"
#include "model/partialdate.h"

namespace tiescope {

namespace {

// The coarsest date (a year, else a month, else the day) that starts on `first`'s side of a
// brushed range and ends on `last`'s: brushes snap to what the Time dock can show.
std::pair<PartialDate, PartialDate> snapped(std::int32_t first, std::int32_t last)
{
    const int firstYear = yearOfDay(first);
    const int lastYear = yearOfDay(last);
    if (lastYear - firstYear >= 2)
        return {*PartialDate::fromParts(firstYear), *PartialDate::fromParts(lastYear)};
    const auto monthOf = [](std::int32_t day, int year) {
        int month = 12;
        while (month > 1 && daysFromCivil(year, month, 1) > day)
            --month;
        return month;
    };
    return {*PartialDate::fromParts(firstYear, monthOf(first, firstYear)),
            *PartialDate::fromParts(lastYear, monthOf(last, lastYear))};
}

} // namespace

TimelineDock::TimelineDock(GraphDocument &document, ViewState &viewState, TimeDock &timeDock, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent), m_document(document), m_viewState(viewState), m_timeDock(timeDock)
{
    setObjectName(QStringLiteral("timelineDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    m_lanes = new QComboBox;
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("Lane per entity"), static_cast<int>(LaneMode::Entity));
    m_lanes->addItem(tr("Lane per tie"), static_cast<int>(LaneMode::Tie));
    m_lanes->addItem(tr("Lane per domain"), static_cast<int>(LaneMode::Domain));
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("timelineOrder"));
    m_order->addItem(tr("Sort by start"), static_cast<int>(LaneOrder::Start));
    m_order->addItem(tr("Sort by entity"), static_cast<int>(LaneOrder::Entity));
    m_order->addItem(tr("Sort by domain"), static_cast<int>(LaneOrder::Domain));
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show every dated tie"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    auto *hint = new QLabel(tr("Wheel: zoom · drag: pan · Shift-drag or drag on the years: set the window"));
    hint->setStyleSheet(QStringLiteral("color: #667;"));
    // A hint, not a reason for the window's minimum width (the dock's was 1000 px).
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_lanes);
    bar->addWidget(m_order);
    bar->addWidget(fit);
    bar->addSpacing(12);
    bar->addWidget(hint, 1); // the room left over, cut when the dock is narrow
    bar->addWidget(m_summary);
    layout->addLayout(bar);
    m_view = new TimelineView;
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] { rebuild(false); });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] { rebuild(false); });
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(&m_document, &GraphDocument::aboutToReplace, this, &TimelineDock::clear);
    connect(&m_document, &GraphDocument::opened, this, [this] { rebuild(true); });
    connect(&m_document, &GraphDocument::filterChanged, this, [this] { rebuild(false); });
    connect(&m_document, &GraphDocument::edited, this, [this] { rebuild(false); });
    connect(&m_timeDock, &TimeDock::changed, this, &TimelineDock::showWindow);
    connect(&m_viewState, &ViewState::selectionChanged, this, [this] { showSelection(true); });
    connect(&m_viewState, &ViewState::reset, this, [this] { showSelection(false); });
    connect(m_view, &TimelineView::brushed, this, &TimelineDock::brush);
    connect(m_view, &TimelineView::tieClicked, this, [this](std::optional<TieId> tie) {
        if (tie)
            m_viewState.select(*tie);
        else
            m_viewState.clearSelection();
    });
    // A dock in a tab behind another stays isVisible(): what tells whether it can be seen is
    // this signal (shown, hidden, its tab selected or not).
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_onScreen = visible;
        if (visible && m_stale)
            rebuild(false);
    });
    if (m_document.isOpen())
        rebuild(true);
}

TimelineOptions TimelineDock::options() const
{
    return {static_cast<LaneMode>(m_lanes->currentData().toInt()), static_cast<LaneOrder>(m_order->currentData().toInt())};
}

void TimelineDock::clear()
{
    m_view->setLanes(nullptr, {}, true);
    m_summary->clear();
}

void TimelineDock::rebuild(bool fit)
{
    m_fitPending = m_fitPending || fit;
    if (!m_document.isOpen() || !m_onScreen) {
        m_stale = m_document.isOpen();
        clear(); // no lanes of an older view or dataset are kept while hidden
        return;
    }
    m_stale = false;
    m_view->setLanes(&m_document.dataset(), TimelineLanes(m_document.view(), options()), m_fitPending);
    m_fitPending = false;
    const TimelineLanes &lanes = m_view->lanes();
    m_summary->setText(tr("%1 lanes · %2 dated ties · %3 undated")
                           .arg(lanes.lanes().size())
                           .arg(m_document.view().visibleTieCount() - lanes.undated().size())
                           .arg(lanes.undated().size()));
    showWindow();
    showSelection(false);
}

void TimelineDock::showWindow()
{
    const auto &from = m_timeDock.from();
    const auto &to = m_timeDock.to();
    m_view->setWindow(from ? std::optional(from->firstDay()) : std::nullopt, to ? std::optional(to->lastDay()) : std::nullopt,
                      from || to);
    // While play sweeps the window through time, its leading edge is the cursor.
    m_view->setCursor(m_timeDock.isPlaying() && to ? std::optional(to->lastDay()) : std::nullopt);
}

void TimelineDock::showSelection(bool reveal)
{
    const auto &ties = m_viewState.selection().ties();
    m_view->setSelected(ties);
    if (reveal && !ties.empty())
        m_view->reveal(*ties.begin());
}

void TimelineDock::brush(std::int32_t first, std::int32_t last)
{
    const auto [from, to] = snapped(first, last);
    m_timeDock.setWindow(from, to);
}

} // namespace tiescope
