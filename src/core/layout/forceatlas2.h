// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "layout/barneshuttree.h"
#include "layout/layoutgraph.h"
#include "layout/point.h"

namespace tiescope {

// The ForceAtlas2 model (Jacomy et al., PLoS ONE 2014) on one LayoutGraph: repulsion
// proportional to the product of masses (1 + degree) over distance, approximated with a
// Barnes-Hut tree; attraction along edges (linear, or logarithmic in LinLog mode); gravity
// towards the origin; and an adaptive speed per node that slows nodes that swing back and
// forth. Work is split in fixed blocks of nodes over the threads, and every sum is taken in
// block order, so a run gives the same positions for one thread or two.
class ForceAtlas2 final
{
public:
    struct Options
    {
        double scaling = 10.0;         // kr: strength of repulsion
        double gravity = 1.0;          // kg
        bool linLog = false;           // logarithmic attraction: tighter clusters
        // Attraction grows as distance^(1 + attractionExponent): 0 is ForceAtlas2's linear
        // spring; 1 is the quadratic pull of the spring-electrical model (Graphviz sfdp).
        // Between the two, long edges are pulled in harder, so edge lengths vary less.
        double attractionExponent = 0.0;
        bool preventOverlap = false;   // treat nodes as discs of nodeRadius
        double nodeRadius = 0.5;       // in the solver's units
        double theta = 1.0;            // Barnes-Hut accuracy (smaller: more exact, slower)
        double jitterTolerance = 1.0;  // higher: faster, less precise
        double initialSpeed = 1.0;     // lower for a warm start, so a settled picture stays put
        // Converged when, for Calm iterations in a row, nodes moved on average less than
        // `tolerance` times the mean edge length.
        double tolerance = 0.002;
        int maxIterations = 1000;
        int threads = 1;
    };

    struct Result
    {
        int iterations = 0;
        bool converged = false;
        bool cancelled = false;
        double lastMovement = 0.0; // relative, as in the criterion
    };

    static constexpr int Calm = 3;

    ForceAtlas2(const LayoutGraph &graph, Options options);

    // One iteration; `fixed` (empty, or one flag per node) marks nodes that never move.
    // Returns the mean displacement over the mean edge length.
    double step(std::vector<Point> &positions, const std::vector<std::uint8_t> &fixed);

    // Iterates until converged, cancelled or maxIterations; calls onIteration(i) after each.
    Result run(std::vector<Point> &positions, const std::vector<std::uint8_t> &fixed,
               const std::atomic<bool> *cancel, const std::function<void(int)> &onIteration);

private:
    const LayoutGraph &m_graph;
    Options m_options;
    BarnesHutTree m_tree;
    std::vector<Point> m_forces;
    std::vector<Point> m_previous;
    double m_speed;
    double m_speedEfficiency = 1.0;
};

} // namespace tiescope
