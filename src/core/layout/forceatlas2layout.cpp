// SPDX-License-Identifier: MIT
#include "layout/forceatlas2layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "graph/graphview.h"
#include "layout/coarsener.h"
#include "layout/forceatlas2.h"
#include "layout/layoutgraph.h"
#include "layout/layoutsupport.h"
#include "model/seededrandom.h"

namespace tiescope {

namespace {

constexpr std::size_t CoarsestSize = 64;
constexpr int MaxLevels = 40;
constexpr int OverlapIterations = 60;
constexpr double CoarseToleranceFactor = 5.0;
constexpr int CoarseMaxIterations = 300;

// A deterministic offset of up to `radius` for node `index`, independent of visiting order.
Point jitter(std::uint64_t seed, std::uint64_t index, double radius)
{
    const std::uint64_t h = SeededRandom::hash(seed, index);
    const double angle = static_cast<double>(h & 0xffffffffU) / 4294967296.0 * 2.0 * std::numbers::pi;
    const double r = radius * (0.25 + 0.75 * static_cast<double>(h >> 40) / 16777216.0);
    return Point{r * std::cos(angle), r * std::sin(angle)};
}

ForceAtlas2::Options solverOptions(const ForceAtlas2Layout::Options &options, const LayoutRequest &request)
{
    ForceAtlas2::Options solver;
    solver.linLog = options.linLog;
    solver.theta = options.theta;
    solver.scaling = options.scaling;
    solver.gravity = options.gravity;
    solver.tolerance = options.tolerance;
    solver.maxIterations = options.maxIterations;
    solver.threads = std::max(1, request.threads);
    solver.nodeRadius = ForceAtlas2Layout::NodeRadius / ForceAtlas2Layout::SceneScale;
    return solver;
}

// Tracks progress over the levels, weighting each by its size.
class Progress final
{
public:
    Progress(const LayoutRequest &request, std::vector<double> weights) : m_request(request), m_weights(std::move(weights))
    {
        for (const double w : m_weights)
            m_total += w;
    }
    void report(std::size_t stage, double fraction) const
    {
        if (!m_request.progress || m_total <= 0.0)
            return;
        double done = 0.0;
        for (std::size_t s = 0; s < stage; ++s)
            done += m_weights[s];
        m_request.progress(std::min(1.0, (done + m_weights[stage] * std::min(1.0, fraction)) / m_total));
    }

private:
    const LayoutRequest &m_request;
    std::vector<double> m_weights;
    double m_total = 0.0;
};

} // namespace

std::vector<Point> ForceAtlas2Layout::run(const LayoutRequest &request) const
{
    Report report;
    return run(request, report);
}

std::vector<Point> ForceAtlas2Layout::run(const LayoutRequest &request, Report &report) const
{
    report = Report{};
    std::vector<Point> positions = layoutsupport::startPositions(request);
    const LayoutGraph graph = LayoutGraph::fromView(*request.view, m_options.massExponent);
    const std::size_t n = graph.nodeCount();
    if (n == 0)
        return positions;

    std::vector<std::uint8_t> fixed(n, 0);
    std::vector<Point> current(n);
    bool spread = false;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t entity = graph.entityOf(i);
        fixed[i] = layoutsupport::isMovable(request, entity) ? 0 : 1;
        current[i] = Point{positions[entity].x / SceneScale, positions[entity].y / SceneScale};
        spread = spread || current[i] != current[0];
    }
    const bool warm = !request.initial.empty() && spread;
    report.warm = warm;
    ForceAtlas2::Options options = solverOptions(m_options, request);
    const std::uint64_t seed = request.seed;

    // Pinned nodes are never merged, so each level knows where its pinned nodes sit.
    std::vector<Coarsener::Level> levels;
    std::vector<std::vector<std::uint8_t>> levelFixed;
    std::vector<std::vector<Point>> levelAnchor;
    if (!warm && m_options.multilevel) {
        levels.reserve(MaxLevels);
        levelFixed.reserve(MaxLevels);
        levelAnchor.reserve(MaxLevels);
        const LayoutGraph *finer = &graph;
        const std::vector<std::uint8_t> *finerFixed = &fixed;
        const std::vector<Point> *finerAnchor = &current;
        while (finer->nodeCount() > CoarsestSize && static_cast<int>(levels.size()) < MaxLevels) {
            auto level = Coarsener::coarsen(*finer, *finerFixed, seed + levels.size());
            if (!level)
                break;
            std::vector<std::uint8_t> coarseFixed(level->graph.nodeCount(), 0);
            std::vector<Point> coarseAnchor(level->graph.nodeCount());
            for (std::size_t i = 0; i < level->group.size(); ++i) {
                if ((*finerFixed)[i]) {
                    coarseFixed[level->group[i]] = 1;
                    coarseAnchor[level->group[i]] = (*finerAnchor)[i];
                }
            }
            levels.push_back(std::move(*level));
            levelFixed.push_back(std::move(coarseFixed));
            levelAnchor.push_back(std::move(coarseAnchor));
            finer = &levels.back().graph;
            finerFixed = &levelFixed.back();
            finerAnchor = &levelAnchor.back();
        }
    }
    report.levels = static_cast<int>(levels.size()) + 1;

    // Stages: coarsest .. finest, then the overlap phase. Weight = nodes x expected iterations.
    std::vector<double> weights;
    for (auto it = levels.rbegin(); it != levels.rend(); ++it)
        weights.push_back(static_cast<double>(it->graph.nodeCount()));
    weights.push_back(static_cast<double>(n) * 2.0);
    if (m_options.preventOverlap)
        weights.push_back(static_cast<double>(n) * 0.5);
    const Progress progress(request, weights);

    // Positions at the coarsest level: seeded random in a disc that grows with the mass.
    std::vector<Point> coarse;
    if (!levels.empty()) {
        const LayoutGraph &coarsest = levels.back().graph;
        coarse.resize(coarsest.nodeCount());
        const double radius = std::sqrt(static_cast<double>(n)) * std::sqrt(options.scaling);
        for (std::uint32_t i = 0; i < coarse.size(); ++i)
            coarse[i] = jitter(seed, i, radius);
    } else if (!warm) {
        const double radius = std::sqrt(static_cast<double>(n)) * std::sqrt(options.scaling);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (!fixed[i])
                current[i] = jitter(seed, i, radius);
        }
    }

    std::size_t stage = 0;
    const auto solve = [&](const LayoutGraph &g, std::vector<Point> &pos, const std::vector<std::uint8_t> &fix,
                           ForceAtlas2::Options opts) {
        ForceAtlas2 solver(g, opts);
        const auto result = solver.run(pos, fix, request.cancel, [&](int iteration) {
            progress.report(stage, static_cast<double>(iteration) / std::min(opts.maxIterations, 200));
        });
        report.totalIterations += result.iterations;
        report.cancelled = report.cancelled || result.cancelled;
        return result;
    };

    // Coarse levels, coarsest first; each prolongs to the next finer one.
    for (std::size_t l = levels.size(); l-- > 0;) {
        const LayoutGraph &g = levels[l].graph;
        const LayoutGraph &finer = l == 0 ? graph : levels[l - 1].graph;
        const auto &group = levels[l].group;
        for (std::size_t i = 0; i < g.nodeCount(); ++i) {
            if (levelFixed[l][i])
                coarse[i] = levelAnchor[l][i];
        }
        // A coarse level only gives the next one its start: a looser, shorter run is enough.
        ForceAtlas2::Options coarseOptions = options;
        coarseOptions.tolerance = CoarseToleranceFactor * options.tolerance;
        coarseOptions.maxIterations = std::min(options.maxIterations, CoarseMaxIterations);
        solve(g, coarse, levelFixed[l], coarseOptions);
        ++stage;
        if (report.cancelled)
            break;
        // A fine node starts near its group's place, spread by a fraction of an edge.
        std::vector<Point> fine(finer.nodeCount());
        const double spreadRadius = 0.3 * std::sqrt(options.scaling);
        for (std::uint32_t i = 0; i < fine.size(); ++i) {
            const Point offset = jitter(seed + 7919 * (l + 1), i, spreadRadius);
            fine[i] = Point{coarse[group[i]].x + offset.x, coarse[group[i]].y + offset.y};
        }
        if (l == 0) {
            for (std::uint32_t i = 0; i < n; ++i) {
                if (!fixed[i])
                    current[i] = fine[i];
            }
        } else {
            coarse = std::move(fine);
        }
    }

    if (!report.cancelled) {
        ForceAtlas2::Options finest = options;
        if (warm) {
            // Settled pictures have balanced forces: start slow and let the speed rise only
            // where the data changed. Nodes on one spot (newly shown) need a nudge apart.
            finest.initialSpeed = 0.1;
            for (std::uint32_t i = 0; i < n; ++i) {
                if (!fixed[i]) {
                    const Point offset = jitter(seed, i, 1e-3);
                    current[i].x += offset.x;
                    current[i].y += offset.y;
                }
            }
        }
        const auto result = solve(graph, current, fixed, finest);
        report.iterations = result.iterations;
        report.converged = result.converged;
        ++stage;
        if (m_options.preventOverlap && !report.cancelled) {
            ForceAtlas2::Options overlap = finest;
            overlap.preventOverlap = true;
            overlap.initialSpeed = 0.1;
            overlap.maxIterations = OverlapIterations;
            solve(graph, current, fixed, overlap);
        }
    }

    for (std::uint32_t i = 0; i < n; ++i) {
        if (!fixed[i])
            positions[graph.entityOf(i)] = Point{current[i].x * SceneScale, current[i].y * SceneScale};
    }
    if (request.progress && !report.cancelled)
        request.progress(1.0);
    return positions;
}

} // namespace tiescope
