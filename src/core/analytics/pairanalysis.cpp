// SPDX-License-Identifier: MIT
#include "analytics/pairanalysis.h"

#include <algorithm>

#include "analytics/dependencygraph.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

std::vector<std::optional<DomainId>> seriesDomains(const DependencyGraph &graph, const PairAnalysis::Options &options)
{
    if (!options.seriesPerDomain)
        return options.series;
    std::vector<std::uint8_t> present(graph.dataset().domains().size(), 0);
    for (const DependencyGraph::Edge &edge : graph.edges())
        present[edge.domain.index()] = 1;
    std::vector<std::optional<DomainId>> domains;
    for (std::size_t d = 0; d < present.size(); ++d) {
        if (present[d])
            domains.emplace_back(DomainId(d));
    }
    return domains;
}

// Drops the series without exposure and the years more than `runIn` before the first
// exposure of those left.
void trimToRunIn(std::vector<PairAnalysis::Series> &series, std::pair<int, int> years, int runIn)
{
    // A series with only undated exposure stays; the run-in counts from dated exposure only,
    // as undated ties would add the same in every year.
    std::erase_if(series, [](const PairAnalysis::Series &s) {
        return std::none_of(s.points.begin(), s.points.end(),
                            [](const auto &p) { return p.withUndated.exposure > 0.0; });
    });
    int first = years.second;
    for (const PairAnalysis::Series &s : series) {
        const auto exposed =
            std::find_if(s.points.begin(), s.points.end(), [](const auto &p) { return p.score.exposure > 0.0; });
        if (exposed != s.points.end())
            first = std::min(first, exposed->year);
    }
    const int start = std::max(years.first, first - runIn);
    for (PairAnalysis::Series &s : series)
        std::erase_if(s.points, [start](const auto &p) { return p.year < start; });
}

} // namespace

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
    if (options.chains)
        result.chains = ChainFinder::find(graph, from, to, options.exposure.chains, cancel);
    report(0.2);
    if (options.score)
        result.exposure = ExposureAnalysis::exposure(graph, from, to, options.exposure, cancel);
    if (options.domainScores) {
        for (std::size_t d = 0; d < view.graph().dataset().domains().size(); ++d) {
            if (options.domain && *options.domain != DomainId(d))
                continue;
            const DependencyGraph one = full.restrictedTo(DateInterval(), DomainId(d));
            DomainScore score{DomainId(d), ExposureAnalysis::exposure(one, from, to, options.exposure, cancel), {}};
            if (score.score.chains == 0)
                continue;
            score.chains = ChainFinder::find(one, from, to, options.exposure.chains, cancel);
            result.domainScores.push_back(std::move(score));
        }
    }
    report(0.3);
    if (options.cuts)
        result.cuts = CutAnalysis::singlePoints(graph, from, to, cancel);
    report(0.4);

    const std::vector<std::optional<DomainId>> domains = seriesDomains(graph, options);
    if (!domains.empty()) {
        std::optional<int> first = options.fromYear;
        std::optional<int> last = options.toYear;
        if (const auto span = ExposureAnalysis::yearRange(full)) {
            first = first.value_or(span->first);
            last = last.value_or(span->second);
        }
        if (first && last)
            result.years = std::pair{*first, *last};
    }
    if (result.years) {
        const auto share = 1.0 / static_cast<double>(domains.size());
        for (std::size_t i = 0; i < domains.size(); ++i) {
            const double base = 0.4 + 0.6 * share * static_cast<double>(i);
            result.series.push_back(
                {domains[i], ExposureAnalysis::series(graph, from, to, result.years->first, result.years->second,
                                                      domains[i], options.exposure, cancel,
                                                      [&](double f) { report(base + 0.6 * share * f); })});
        }
        if (options.runIn)
            trimToRunIn(result.series, *result.years, *options.runIn);
    }
    report(1.0);
    return result;
}

PairAnalysis::Result PairAnalysis::run(const GraphView &view, EntityId from, EntityId to)
{
    return run(view, WhatIfOverlay(), from, to, Options());
}

} // namespace tiescope
