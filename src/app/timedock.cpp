// SPDX-License-Identifier: MIT
#include "app/timedock.h"

#include <algorithm>
#include <climits>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/rangeslider.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

constexpr int SweepWidthYears = 10;

std::optional<PartialDate> yearDate(int year)
{
    return PartialDate::fromParts(year);
}

QString text(const std::optional<PartialDate> &date)
{
    return date ? QString::fromStdString(date->toString()) : QString();
}

// The first day a tie may have held, for its bar: its start's earliest possible day, else that
// start's latest (a bound such as [..2021]), else the same of its end; none when no date has a
// finite side.
std::optional<std::int32_t> firstPossibleDay(const Tie &tie)
{
    for (const std::optional<EdtfDate> *date : {&tie.start, &tie.end}) {
        if (!*date)
            continue;
        if ((*date)->earliestDay() != DateInterval::Min)
            return (*date)->earliestDay();
        if ((*date)->latestDay() != DateInterval::Max)
            return (*date)->latestDay();
    }
    return std::nullopt;
}

} // namespace

TimeDock::TimeDock(QWidget *parent) : QDockWidget(tr("Time"), parent)
{
    setObjectName(QStringLiteral("timeDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);
    m_slider = new RangeSlider;
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    layout->addWidget(m_slider);

    auto *row = new QHBoxLayout;
    m_play = new QToolButton;
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setIcon(QIcon(QStringLiteral(":/icons/play.svg")));
    m_play->setToolTip(tr("Sweep a ten-year window through time (Ctrl+P)"));
    m_play->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_play->setCheckable(true);
    row->addWidget(m_play);
    m_fromField = new QLineEdit;
    m_fromField->setObjectName(QStringLiteral("fromField"));
    m_toField = new QLineEdit;
    m_toField->setObjectName(QStringLiteral("toField"));
    for (QLineEdit *field : {m_fromField, m_toField}) {
        field->setPlaceholderText(field == m_fromField ? tr("open start") : tr("open end"));
        field->setToolTip(tr("YYYY, YYYY-MM or YYYY-MM-DD; empty leaves this side open"));
        field->setMaximumWidth(110);
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::editingFinished, this, [this, field] { fieldEdited(field); });
    }
    row->addWidget(new QLabel(tr("From")));
    row->addWidget(m_fromField);
    row->addWidget(new QLabel(tr("to")));
    row->addWidget(m_toField);
    auto *resetButton = new QToolButton;
    resetButton->setText(tr("All dates"));
    resetButton->setToolTip(tr("Open the window to all dates"));
    connect(resetButton, &QToolButton::clicked, this, &TimeDock::reset);
    row->addWidget(resetButton);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("windowSummary"));
    row->addStretch();
    row->addWidget(m_summary);
    layout->addLayout(row);
    layout->addStretch(1); // a taller bottom area leaves its room below the controls, not between them
    setWidget(content);

    m_timer.setInterval(350);
    connect(&m_timer, &QTimer::timeout, this, &TimeDock::step);
    connect(m_play, &QToolButton::clicked, this, &TimeDock::togglePlay);
    connect(m_slider, &RangeSlider::valuesChanged, this, &TimeDock::sliderMoved);
    showWindow();
}

void TimeDock::setDataset(const Dataset *data)
{
    m_timer.stop();
    m_play->setChecked(false);
    setHistogramOf(data);
    m_updating = true;
    m_slider->setValues(m_slider->minimum(), m_slider->maximum());
    m_updating = false;
    m_from.reset();
    m_to.reset();
    showWindow();
}

void TimeDock::updateHistogram(const Dataset &data)
{
    setHistogramOf(&data);
    // The typed window is kept; the handles follow it within the new range.
    m_updating = true;
    m_slider->setValues(m_from ? m_from->year() : m_slider->minimum(), m_to ? m_to->year() : m_slider->maximum());
    m_updating = false;
    showWindow();
}

void TimeDock::setHistogramOf(const Dataset *data)
{
    // In days first (one pass, no date copied), in years only at the ends and once per tie: the
    // histogram is computed again after every edit.
    std::int32_t firstDay = DateInterval::Max;
    std::int32_t lastDay = DateInterval::Min;
    if (data) {
        for (const Tie &tie : data->ties()) {
            for (const std::optional<EdtfDate> *date : {&tie.start, &tie.end}) {
                if (!*date)
                    continue;
                if ((*date)->earliestDay() != DateInterval::Min)
                    firstDay = std::min(firstDay, (*date)->earliestDay());
                if ((*date)->latestDay() != DateInterval::Max)
                    lastDay = std::max(lastDay, (*date)->latestDay());
            }
        }
    }
    int first = firstDay == DateInterval::Max ? INT_MAX : yearOfDay(firstDay);
    int last = lastDay == DateInterval::Min ? INT_MIN : yearOfDay(lastDay);
    if (first > last) {
        first = 1990;
        last = 2030;
    }
    // Each dated tie counts in the year it may first have held (its start, else its end);
    // a tie with neither date goes to the undated bar, never to a year.
    std::vector<int> histogram(static_cast<std::size_t>(last - first + 1), 0);
    int undated = 0;
    if (data) {
        for (const Tie &tie : data->ties()) {
            if (tie.isUndated()) {
                ++undated;
                continue;
            }
            if (const std::optional<std::int32_t> day = firstPossibleDay(tie)) {
                const int year = yearOfDay(*day);
                // A bound such as [2014..] may lie past the last year any date reaches.
                if (year >= first && year <= last)
                    ++histogram[static_cast<std::size_t>(year - first)];
            }
        }
    }
    m_updating = true;
    m_slider->setRange(first, last);
    m_slider->setHistogram(std::move(histogram));
    m_slider->setUndatedCount(data ? undated : -1);
    m_updating = false;
}

void TimeDock::setWindow(const std::optional<PartialDate> &from, const std::optional<PartialDate> &to)
{
    m_from = from;
    m_to = to;
    m_updating = true;
    m_slider->setValues(from ? from->year() : m_slider->minimum(), to ? to->year() : m_slider->maximum());
    m_updating = false;
    showWindow();
    emit changed();
}

void TimeDock::reset()
{
    m_timer.stop();
    m_play->setChecked(false);
    setWindow(std::nullopt, std::nullopt);
}

void TimeDock::sliderMoved(int lower, int upper)
{
    if (m_updating)
        return;
    m_from = lower <= m_slider->minimum() ? std::nullopt : yearDate(lower);
    m_to = upper >= m_slider->maximum() ? std::nullopt : yearDate(upper);
    showWindow();
    emit changed();
}

void TimeDock::fieldEdited(QLineEdit *field)
{
    const QString typed = field->text().trimmed();
    std::optional<PartialDate> date;
    if (!typed.isEmpty()) {
        date = PartialDate::parse(typed.toStdString());
        if (!date) {
            field->setProperty("invalid", true);
            field->setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e1; }"));
            field->setToolTip(tr("“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD").arg(typed));
            return;
        }
    }
    field->setStyleSheet({});
    field->setToolTip(tr("YYYY, YYYY-MM or YYYY-MM-DD; empty leaves this side open"));
    std::optional<PartialDate> from = field == m_fromField ? date : m_from;
    std::optional<PartialDate> to = field == m_toField ? date : m_to;
    if (from == m_from && to == m_to)
        return;
    if (from && to && to->lastDay() < from->firstDay())
        std::swap(from, to);
    setWindow(from, to);
}

void TimeDock::showWindow()
{
    if (!m_fromField->hasFocus())
        m_fromField->setText(text(m_from));
    if (!m_toField->hasFocus())
        m_toField->setText(text(m_to));
    if (!m_from && !m_to)
        m_summary->setText(tr("All dates"));
    else
        m_summary->setText(QStringLiteral("%1 – %2").arg(m_from ? text(m_from) : QStringLiteral("…"),
                                                        m_to ? text(m_to) : QStringLiteral("…")));
}

void TimeDock::togglePlay()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        m_play->setChecked(false);
        m_play->setIcon(QIcon(QStringLiteral(":/icons/play.svg")));
        emit changed(); // undated ties come back (FilterController)
        return;
    }
    // A full window has nothing to sweep: start a ten-year window at the beginning.
    int lower = m_slider->lower();
    int upper = m_slider->upper();
    if (upper - lower >= m_slider->maximum() - m_slider->minimum() || upper >= m_slider->maximum()) {
        lower = m_slider->minimum();
        upper = std::min(lower + SweepWidthYears - 1, m_slider->maximum());
        m_slider->setValues(lower, upper);
    }
    m_play->setChecked(true);
    m_play->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
    m_timer.start();
    emit changed(); // a sweep shows no undated tie in any year (FilterController)
}

void TimeDock::step()
{
    if (m_slider->upper() >= m_slider->maximum()) {
        togglePlay();
        return;
    }
    m_slider->setValues(m_slider->lower() + 1, m_slider->upper() + 1);
}

} // namespace tiescope
