// SPDX-License-Identifier: MIT
#include "analytics/exposureanalysis.h"

#include <algorithm>
#include <cmath>

#include "analytics/chainfinder.h"
#include "analytics/dependencygraph.h"
#include "model/partialdate.h"

namespace tiescope {

namespace {

constexpr double SaturationLimit = 1e-9;

} // namespace

ExposureAnalysis::Score ExposureAnalysis::exposure(const DependencyGraph &graph, EntityId from, EntityId to,
                                                   const ExposureOptions &options, const std::atomic<bool> *cancel)
{
    Score score;
    double untouched = 1.0; // probability that no chain carries influence
    bool saturated = false;
    const bool complete = ChainFinder::forEachChain(
        graph, from, to, options.chains,
        [&](std::span<const DependencyGraph::Link *const> links) {
            double value = std::pow(options.decay, static_cast<double>(links.size() - 1));
            for (const auto *link : links)
                value *= graph.edge(link->strongest).strength;
            untouched *= 1.0 - std::clamp(value, 0.0, 1.0);
            ++score.chains;
            // Further chains cannot move the score by more than this: stop searching.
            saturated = untouched < SaturationLimit;
            return !saturated;
        },
        cancel);
    score.truncated = !complete && !saturated;
    score.exposure = 1.0 - untouched;
    return score;
}

std::vector<ExposureAnalysis::YearPoint> ExposureAnalysis::series(const DependencyGraph &graph, EntityId from,
                                                                  EntityId to, int fromYear, int toYear,
                                                                  std::optional<DomainId> domain,
                                                                  const ExposureOptions &options,
                                                                  const std::atomic<bool> *cancel,
                                                                  const ProgressCallback &progress)
{
    std::vector<YearPoint> points;
    if (fromYear > toYear)
        return points;
    // The domain cut is made once; each year then only drops ties outside it.
    const DependencyGraph scoped = graph.restrictedTo(DateInterval(), domain);
    const bool undated = scoped.hasUndatedEdges();
    const int years = toYear - fromYear + 1;
    using Presence = DependencyGraph::Presence;
    for (int year = fromYear; year <= toYear; ++year) {
        AnalysisCancelled::check(cancel);
        const DateInterval window(daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
        YearPoint point{year, {}, {}, {}};
        point.score = exposure(scoped.during(window, Presence::Possible, false), from, to, options, cancel);
        point.certain = exposure(scoped.during(window, Presence::Certain, false), from, to, options, cancel);
        point.withUndated = undated
                                ? exposure(scoped.during(window, Presence::Possible, true), from, to, options, cancel)
                                : point.score;
        points.push_back(point);
        if (progress)
            progress(double(year - fromYear + 1) / double(years));
    }
    return points;
}

std::optional<std::pair<int, int>> ExposureAnalysis::yearRange(const DependencyGraph &graph)
{
    std::optional<std::pair<int, int>> range;
    const auto note = [&range](std::int32_t day) {
        if (day == DateInterval::Min || day == DateInterval::Max)
            return;
        const int year = yearOfDay(day);
        if (!range)
            range = std::pair{year, year};
        range->first = std::min(range->first, year);
        range->second = std::max(range->second, year);
    };
    for (const auto &edge : graph.edges()) {
        note(edge.firstDay);
        note(edge.lastDay);
    }
    return range;
}

} // namespace tiescope
