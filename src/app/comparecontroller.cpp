// SPDX-License-Identifier: MIT
#include "app/comparecontroller.h"

#include <algorithm>
#include <vector>

#include <QCheckBox>

#include "analytics/comparisonrows.h"
#include "app/comparedock.h"
#include "app/comparisonmodel.h"
#include "app/filtercontroller.h"
#include "app/graphdocument.h"
#include "app/snapshotcontroller.h"
#include "app/viewstate.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "io/snapshot.h"
#include "model/dataset.h"
#include "model/datewindow.h"
#include "model/partialdate.h"

namespace tiescope {

namespace {

// The first (or last) date a window's text names: "2012/2014" -> 2012 (2014); empty when open.
std::optional<PartialDate> sideOf(const QString &text, bool first)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    return PartialDate::parse((first ? parts.front() : parts.back()).toStdString());
}

} // namespace

CompareController::CompareController(GraphDocument &document, ViewState &viewState, FilterController &filter,
                                     CompareDock &dock, SnapshotController &snapshots, QObject *parent)
    : QObject(parent), m_document(document), m_viewState(viewState), m_filter(filter), m_dock(dock)
{
    connect(&snapshots, &SnapshotController::capturing, this, [this](Snapshot &snapshot) {
        if (m_result && snapshot.view)
            snapshot.view->compare = Snapshot::Compare{m_aText.toStdString(), m_bText.toStdString()};
    });
    // The snapshot's filter is already what was shown, the widened window included.
    connect(&snapshots, &SnapshotController::applied, this, [this](const Snapshot &snapshot) {
        if (snapshot.view && snapshot.view->compare)
            compare(QString::fromStdString(snapshot.view->compare->a), QString::fromStdString(snapshot.view->compare->b),
                    false);
        else
            clear();
    });
    connect(&m_dock, &CompareDock::compareRequested, this, [this](const QString &a, const QString &b) { compare(a, b); });
    connect(&m_dock, &CompareDock::clearRequested, this, &CompareController::clear);
    connect(&m_dock, &CompareDock::markToggled, this, [this](bool on) { on ? mark() : unmark(); });
    connect(&m_dock, &CompareDock::rowActivated, this,
            [this](int row) { m_viewState.select(m_dock.model().tieAt(row)); });
    connect(&m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_result.reset();
        m_dock.model().clear();
    });
    connect(&m_document, &GraphDocument::filterChanged, this, [this] {
        if (m_result && !m_running)
            run();
    });
    connect(&m_document, &GraphDocument::edited, this, [this] {
        if (m_result)
            run();
    });
}

bool CompareController::compare(const QString &a, const QString &b, bool widen)
{
    const auto windowA = DateWindow::parse(a.toStdString());
    const auto windowB = DateWindow::parse(b.toStdString());
    if (!windowA || !windowB || !m_document.isOpen()) {
        const QString bad = !windowA ? a : b;
        m_dock.showSummary(m_document.isOpen() ? tr("“%1” is not a date or window: write 2014, 2014-06, "
                                                    "2014-06-28, or FROM/TO such as 2012/2014.")
                                                     .arg(bad)
                                               : tr("Open a store first."),
                           true);
        return false;
    }
    const bool swapped = windowB->first() < windowA->first() ||
                         (windowB->first() == windowA->first() && windowB->last() < windowA->last());
    m_aText = swapped ? b : a;
    m_bText = swapped ? a : b;
    m_dock.setDates(m_aText, m_bText);
    m_result = DateComparison::Result{};
    m_result->a = swapped ? *windowB : *windowA;
    m_result->b = swapped ? *windowA : *windowB;
    if (widen && m_dock.markCheck()->isChecked())
        widenWindow(); // before run(): a filter change re-runs and would mark twice
    run();
    return true;
}

void CompareController::clear()
{
    const bool wasActive = m_result.has_value();
    m_result.reset();
    m_dock.model().clear();
    m_dock.showSummary(tr("Give two dates or windows to see which ties began and ended between them."), false);
    if (wasActive)
        unmark();
}

void CompareController::run()
{
    if (!m_result || !m_document.isOpen())
        return;
    FilterSpec spec = m_document.filter();
    spec.from.reset(); // the comparison has its own two windows
    spec.to.reset();
    const GraphView view = FilterEngine::apply(m_document.graph(), spec);
    m_result = DateComparison::compare(view, m_result->a, m_result->b);
    m_dock.model().setResult(m_document.dataset(), *m_result, m_aText, m_bText);
    m_dock.showSummary(tr("Between %1 and %2: %3")
                           .arg(m_aText, m_bText, QString::fromStdString(ComparisonRows::summary(*m_result))),
                       false);
    if (m_dock.markCheck()->isChecked())
        mark();
}

void CompareController::mark()
{
    if (!m_result)
        return;
    std::vector<EntityId> entities;
    std::vector<TieId> emphasised;
    std::vector<TieId> struck;
    const Dataset &data = m_document.dataset();
    for (const DateComparison::Row &row : m_result->rows) {
        if (row.change == DateComparison::Change::Ended) {
            struck.push_back(row.tie);
            continue;
        }
        emphasised.push_back(row.tie);
        entities.push_back(data.tie(row.tie).from);
        entities.push_back(data.tie(row.tie).to);
    }
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    m_viewState.setHighlight(entities, emphasised);
    m_viewState.setStruck({}, struck);
}

void CompareController::unmark()
{
    m_viewState.setHighlight({}, {});
    m_viewState.setStruck({}, {});
}

void CompareController::widenWindow()
{
    // The canvas shows only its window: span both compared windows so that ties which ended
    // and ties which began are both there to be marked.
    FilterSpec spec = m_filter.spec();
    spec.from = m_aText.startsWith(QLatin1Char('/')) ? std::nullopt : sideOf(m_aText, true);
    spec.to = m_bText.endsWith(QLatin1Char('/')) ? std::nullopt : sideOf(m_bText, false);
    m_running = true;
    m_filter.setSpec(spec);
    m_running = false;
}

} // namespace tiescope
