// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

#include "analytics/analysiscancelled.h"
#include "analytics/exposureoptions.h"
#include "model/strongid.h"

namespace tiescope {

class DependencyGraph;

// How exposed A is to B, in [0, 1] (docs/analysis.md):
//   value(chain) = product over hops of the strongest parallel tie's strength
//                  * decay^(hops - 1)
//   exposure     = 1 - product over chains of (1 - value(chain))      (noisy-OR)
// Chains are those ChainFinder enumerates within the options' bounds. Noisy-OR treats
// chains as independent routes of influence; chains sharing hops make it an upper estimate.
// The search stops early once the score is within 1e-9 of 1, as more chains cannot change it.
class ExposureAnalysis final
{
public:
    struct Score
    {
        double exposure = 0;
        std::size_t chains = 0; // chains counted (the search stops once the score saturates)
        bool truncated = false; // a search bound was hit: the score may be understated
    };

    // One year of a series (docs/analysis.md, "Exposure over time"): `score` counts the
    // dated ties that may have held that year, `certain` only those that surely held, and
    // `withUndated` adds every undated tie (which has no year); so certain <= score <=
    // withUndated, and withUndated - score is what undated ties would add.
    struct YearPoint
    {
        int year = 0;
        Score score;
        Score certain;
        Score withUndated;
        [[nodiscard]] double undatedExtra() const { return withUndated.exposure - score.exposure; }
    };

    [[nodiscard]] static Score exposure(const DependencyGraph &graph, EntityId from, EntityId to,
                                        const ExposureOptions &options = {}, const std::atomic<bool> *cancel = nullptr);

    // Exposure as of each year in [fromYear, toYear], see YearPoint. With a domain, only that
    // domain's ties count. An undated tie never counts in `score` or `certain`.
    [[nodiscard]] static std::vector<YearPoint> series(const DependencyGraph &graph, EntityId from, EntityId to,
                                                       int fromYear, int toYear, std::optional<DomainId> domain,
                                                       const ExposureOptions &options = {},
                                                       const std::atomic<bool> *cancel = nullptr,
                                                       const ProgressCallback &progress = {});

    // The first and last years named by the dependency edges' known dates, if any.
    [[nodiscard]] static std::optional<std::pair<int, int>> yearRange(const DependencyGraph &graph);

};

} // namespace tiescope
