// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layoutstrategy.h"

namespace tiescope {

// The force-directed layout: ForceAtlas2 with Barnes-Hut repulsion, started multilevel.
// Cold start: the graph is coarsened level by level (Coarsener) down to a few dozen nodes,
// the coarsest is laid out from seeded random positions, and each finer level starts from
// its coarse parent's place, so large graphs need few iterations at full size. Warm start
// (the request has initial positions that are not all the same point): only the full graph
// is iterated, from where entities are now and with a low starting speed, so a filter change
// moves the picture only as much as the data changed (the result is then fitted to the start
// by one uniform scale and shift, unless pinned entities anchor it). Pinned entities never
// move. Stops by
// ForceAtlas2::Options' criterion; reports progress; honours cancel (returning the positions
// reached so far); deterministic for a seed and the same for one or two threads.
class ForceAtlas2Layout final : public LayoutStrategy
{
public:
    struct Options
    {
        bool linLog = false;
        bool preventOverlap = true; // a short final phase that keeps node discs apart
        bool multilevel = true;
        double tolerance = 0.002;   // see ForceAtlas2::Options
        int maxIterations = 1000;   // at the full graph; coarse levels get at most as many
        double theta = 1.0;
        // Attraction ~ distance^1.5 with a stronger repulsion to match: on the bench's graphs
        // this reaches sfdp's stress with better neighbourhood preservation, where
        // ForceAtlas2's own linear attraction (exponent 0, scaling 10) was 1-4% worse in
        // stress (docs/performance.md).
        double attractionExponent = 0.5;
        double scaling = 100.0; // repulsion; see ForceAtlas2::Options
        double gravity = 1.0;
        // Repulsion mass = (1 + degree)^massExponent. ForceAtlas2's classic 1 pushes hubs'
        // neighbourhoods far apart; 0.5 keeps that emphasis but spreads edge lengths less
        // (lower stress on the bench's heavy-tailed graphs; docs/performance.md).
        double massExponent = 0.5;
    };

    // Solver units to scene units: one solver unit is this many scene units, which puts
    // neighbours about two labelled node widths apart.
    static constexpr double SceneScale = 8.0;
    // Half a node plus a margin for its label, in scene units.
    static constexpr double NodeRadius = 14.0;

    ForceAtlas2Layout() = default;
    explicit ForceAtlas2Layout(Options options) : m_options(options) {}

    [[nodiscard]] std::string name() const override { return "force"; }
    [[nodiscard]] std::string label() const override { return "Force-directed (ForceAtlas2)"; }
    [[nodiscard]] std::vector<Point> run(const LayoutRequest &request) const override;

    // What the last run did, for benchmarks and tests.
    struct Report
    {
        int levels = 0;
        int iterations = 0;      // at the full graph
        int totalIterations = 0; // over all levels
        bool converged = false;
        bool cancelled = false;
        bool warm = false;
    };
    [[nodiscard]] std::vector<Point> run(const LayoutRequest &request, Report &report) const;

private:
    Options m_options;
};

} // namespace tiescope
