// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

#include "analytics/analysiscancelled.h"
#include "app/analysisoutcome.h"
#include "app/analysisrequest.h"

namespace tiescope {

class GraphView;

// Runs one analysis on a filtered view and a what-if overlay and turns the core's answer into
// rows for the panel. It only reads the view, so it may run on a worker thread; a raised
// cancel flag ends it with AnalysisCancelled.
class AnalysisRunner final
{
public:
    [[nodiscard]] static AnalysisOutcome run(const GraphView &view, const AnalysisRequest &request,
                                             const std::atomic<bool> *cancel = nullptr,
                                             const ProgressCallback &progress = {});

    // The view with only one domain's ties left (entities unchanged).
    [[nodiscard]] static GraphView domainView(const GraphView &view, DomainId domain);
};

} // namespace tiescope
