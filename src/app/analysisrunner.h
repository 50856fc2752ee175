// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

#include "analytics/analysiscancelled.h"
#include "app/analysisoutcome.h"
#include "app/analysisrequest.h"

namespace tiescope {

class GraphView;

// Runs one analysis on a filtered view and a what-if overlay through the core (PairAnalysis
// for the dependency analyses of a pair, as the CLI and the bench do) and turns its answer
// into rows and words for the panel. It only reads the view, so it may run on a worker thread; a raised
// cancel flag ends it with AnalysisCancelled.
class AnalysisRunner final
{
public:
    [[nodiscard]] static AnalysisOutcome run(const GraphView &view, const AnalysisRequest &request,
                                             const std::atomic<bool> *cancel = nullptr,
                                             const ProgressCallback &progress = {});
};

} // namespace tiescope
