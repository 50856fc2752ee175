// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

#include "analytics/analysiscancelled.h"
#include "analytics/chainfinder.h"
#include "analytics/cutanalysis.h"
#include "analytics/exposureanalysis.h"
#include "analytics/whatifoverlay.h"

namespace tiescope {

class GraphView;

// Everything the dependency panel shows for one pair, in one call on a filtered view and a
// what-if overlay: the ranked chains, the exposure score, its series over the years, and the
// single points of failure. The bench times this call.
class PairAnalysis final
{
public:
    struct Options
    {
        ExposureOptions exposure;                // its chain bounds also bound the chain list
        std::optional<std::pair<int, int>> years; // the series' years; empty: the data's span
        std::optional<DomainId> domain;           // series and exposure of one domain only
        bool series = true;
        bool cuts = true;
    };

    struct Result
    {
        ChainFinder::Result chains;
        ExposureAnalysis::Score exposure;
        std::vector<ExposureAnalysis::YearPoint> series;
        CutAnalysis::Result cuts;
    };

    [[nodiscard]] static Result run(const GraphView &view, const WhatIfOverlay &overlay, EntityId from, EntityId to,
                                    const Options &options, const std::atomic<bool> *cancel = nullptr,
                                    const ProgressCallback &progress = {});
    [[nodiscard]] static Result run(const GraphView &view, EntityId from, EntityId to);
};

} // namespace tiescope
