// SPDX-License-Identifier: MIT
#include "analytics/pairanalysis.h"

#include "analytics/dependencygraph.h"
#include "graph/graphview.h"

namespace tiescope {

PairAnalysis::Result PairAnalysis::run(const GraphView &view, const WhatIfOverlay &overlay, EntityId from, EntityId to,
                                       const Options &options, const std::atomic<bool> *cancel,
                                       const ProgressCallback &progress)
{
    Result result;
    const DependencyGraph full(view, overlay);
    const DependencyGraph graph = options.domain ? full.restrictedTo(DateInterval(), options.domain) : full;
    const auto report = [&progress](double fraction) {
        if (progress)
            progress(fraction);
    };
    result.chains = ChainFinder::find(graph, from, to, options.exposure.chains, cancel);
    report(0.2);
    result.exposure = ExposureAnalysis::exposure(graph, from, to, options.exposure, cancel);
    report(0.3);
    if (options.cuts)
        result.cuts = CutAnalysis::singlePoints(graph, from, to, cancel);
    report(0.4);
    if (options.series) {
        const auto years = options.years ? options.years : ExposureAnalysis::yearRange(graph);
        if (years) {
            result.series = ExposureAnalysis::series(graph, from, to, years->first, years->second, std::nullopt,
                                                     options.exposure, cancel,
                                                     [&](double f) { report(0.4 + 0.6 * f); });
        }
    }
    report(1.0);
    return result;
}

PairAnalysis::Result PairAnalysis::run(const GraphView &view, EntityId from, EntityId to)
{
    return run(view, WhatIfOverlay(), from, to, Options());
}

} // namespace tiescope
