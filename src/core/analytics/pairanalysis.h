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

// The one entry point of the dependency analyses of a pair, A depending on B, on a filtered
// view and a what-if overlay: the ranked chains, the exposure score (in all and per domain),
// the single points of failure and exposure series over the years, each computed only when
// asked for. The window's panel, the CLI's chains, exposure and cuts commands and the bench
// all run this call.
class PairAnalysis final
{
public:
    struct Options
    {
        ExposureOptions exposure;       // its chain bounds also bound the chain lists
        std::optional<DomainId> domain; // everything of one domain only
        bool chains = true;             // Result::chains
        bool score = true;              // Result::exposure
        bool domainScores = false;      // Result::domainScores
        bool cuts = true;               // Result::cuts
        // One series per entry: a domain alone, or nullopt for every domain together.
        std::vector<std::optional<DomainId>> series{std::nullopt};
        // In place of `series`: one series per domain that has a dependency tie in the view.
        bool seriesPerDomain = false;
        // The series' first and last year; each empty: the first or last year the view's
        // dependency ties name, in any domain (so one domain's series lines up with another's).
        std::optional<int> fromYear;
        std::optional<int> toYear;
        // When set, series without any exposure are dropped, and so are the years more than
        // this many years before the first year with exposure in any series: a dataset
        // reaching back centuries then does not squeeze the years that matter into a corner.
        std::optional<int> runIn;
    };

    struct DomainScore
    {
        DomainId domain;
        ExposureAnalysis::Score score;
        ChainFinder::Result chains; // the domain's best chains
    };

    struct Series
    {
        std::optional<DomainId> domain; // empty: every domain together
        std::vector<ExposureAnalysis::YearPoint> points;
    };

    struct Result
    {
        ChainFinder::Result chains;
        ExposureAnalysis::Score exposure;
        std::vector<DomainScore> domainScores; // in domain order; only domains with a chain
        CutAnalysis::Result cuts;
        // The series' years (both ends known), before any run-in trim; may be first > last
        // when the options ask for that.
        std::optional<std::pair<int, int>> years;
        std::vector<Series> series;
    };

    [[nodiscard]] static Result run(const GraphView &view, const WhatIfOverlay &overlay, EntityId from, EntityId to,
                                    const Options &options, const std::atomic<bool> *cancel = nullptr,
                                    const ProgressCallback &progress = {});
    [[nodiscard]] static Result run(const GraphView &view, EntityId from, EntityId to);
};

} // namespace tiescope
