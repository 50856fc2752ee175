// SPDX-License-Identifier: MIT
#pragma once

#include <utility>
#include <vector>

#include <QColor>
#include <QString>
#include <QStringList>

#include "model/strongid.h"

namespace tiescope {

// One line of a result: its cells (item, value, detail), what it highlights on the canvas,
// and sub-lines (a chain's hops, a community's members).
struct AnalysisRow final
{
    QStringList cells;
    QString tooltip;
    std::vector<EntityId> entities;
    std::vector<TieId> ties;
    std::vector<AnalysisRow> children;
};

// One line of the exposure chart: a domain's exposure per year (ExposureAnalysis::YearPoint).
struct ExposureLine final
{
    QString label;
    QColor colour;
    std::vector<std::pair<int, double>> points; // (year, exposure 0..1) from dated ties, years ascending
    std::vector<double> certain;                // per point: only dated ties that surely held
    std::vector<double> withUndated;            // per point: undated ties added
};

// What an analysis run produced, ready to show. Built on the worker thread, read on the UI one.
struct AnalysisOutcome final
{
    QString summary;                 // one line above the results
    std::vector<AnalysisRow> rows;
    std::vector<ExposureLine> series; // pair analyses: exposure per year and domain
    QString seriesTitle;
    std::vector<int> communities;     // per entity (communities only), -1 hidden
    int communityCount = 0;
    QString error;                    // a problem with the request, e.g. A missing
};

} // namespace tiescope
