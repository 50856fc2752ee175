// SPDX-License-Identifier: MIT
#include "layout/forceatlas2layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "graph/graphview.h"
#include "layout/componentpacker.h"
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
    solver.attractionExponent = options.attractionExponent;
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

// Keeps the analyst's mental map after a warm start: when ties disappear the whole picture
// swells a little (less attraction), which would move every node though little changed.
// The least-squares uniform scale and shift that best maps the new positions onto the start
// removes that, leaving only the real, local changes. With pinned nodes the frame is
// already anchored, so nothing is done then.
void alignToStart(const LayoutGraph &graph, const std::vector<std::uint8_t> &fixed, const std::vector<Point> &start,
                  std::vector<Point> &current)
{
    const std::size_t n = graph.nodeCount();
    if (std::find(fixed.begin(), fixed.end(), std::uint8_t{1}) != fixed.end() || n < 2)
        return;
    Point meanNew;
    Point meanOld;
    for (std::uint32_t i = 0; i < n; ++i) {
        const Point old = start[graph.entityOf(i)];
        meanNew.x += current[i].x / static_cast<double>(n);
        meanNew.y += current[i].y / static_cast<double>(n);
        meanOld.x += old.x / ForceAtlas2Layout::SceneScale / static_cast<double>(n);
        meanOld.y += old.y / ForceAtlas2Layout::SceneScale / static_cast<double>(n);
    }
    double cross = 0.0;
    double norm = 0.0;
    for (std::uint32_t i = 0; i < n; ++i) {
        const Point old = start[graph.entityOf(i)];
        const double px = current[i].x - meanNew.x;
        const double py = current[i].y - meanNew.y;
        cross += px * (old.x / ForceAtlas2Layout::SceneScale - meanOld.x) +
                 py * (old.y / ForceAtlas2Layout::SceneScale - meanOld.y);
        norm += px * px + py * py;
    }
    if (norm <= 0.0 || cross <= 0.0)
        return;
    const double scale = cross / norm;
    for (Point &p : current)
        p = Point{meanOld.x + (p.x - meanNew.x) * scale, meanOld.y + (p.y - meanNew.y) * scale};
}

// Visible, movable entities without a tie: after a warm start they stay where they were;
// otherwise they line up on rings just outside the picture, in entity order.
void placeUntied(const LayoutRequest &request, const LayoutGraph &graph, std::vector<Point> &positions, bool warm)
{
    const GraphView &view = *request.view;
    std::vector<std::uint8_t> tied(positions.size(), 0);
    for (const std::uint32_t e : graph.entities())
        tied[e] = 1;
    std::vector<std::uint32_t> untied;
    for (std::uint32_t e = 0; e < positions.size(); ++e) {
        if (view.entityMask()[e] && !tied[e] && layoutsupport::isMovable(request, e))
            untied.push_back(e);
    }
    if (untied.empty() || warm)
        return;
    Point centre;
    for (const std::uint32_t e : graph.entities()) {
        centre.x += positions[e].x / static_cast<double>(graph.nodeCount());
        centre.y += positions[e].y / static_cast<double>(graph.nodeCount());
    }
    double radius = 0.0;
    for (const std::uint32_t e : graph.entities())
        radius = std::max(radius, std::hypot(positions[e].x - centre.x, positions[e].y - centre.y));
    const double spacing = layoutsupport::NodeSpacing;
    radius += spacing;
    std::size_t next = 0;
    while (next < untied.size()) {
        const auto capacity = std::max<std::size_t>(1, static_cast<std::size_t>(2.0 * std::numbers::pi * radius / spacing));
        const std::size_t take = std::min(capacity, untied.size() - next);
        for (std::size_t k = 0; k < take; ++k) {
            const double angle = 2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(take);
            positions[untied[next + k]] = Point{centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
        }
        next += take;
        radius += spacing;
    }
}

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
    // Entities without a visible tie feel only repulsion and would drift off for ever; they
    // are placed apart from the forces (placeUntied).
    const LayoutGraph graph = LayoutGraph::fromView(*request.view, m_options.massExponent, true);
    const std::size_t n = graph.nodeCount();
    if (n == 0) {
        placeUntied(request, graph, positions, !request.initial.empty());
        return positions;
    }

    std::vector<std::uint8_t> fixed(n, 0);
    std::vector<Point> current(n);
    bool spread = false;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t entity = graph.entityOf(i);
        fixed[i] = layoutsupport::isMovable(request, entity) ? 0 : 1;
        current[i] = Point{positions[entity].x / SceneScale, positions[entity].y / SceneScale};
        spread = spread || current[i] != current[0];
    }
    const bool warm = !request.fresh && !request.initial.empty() && spread;
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
        // After a cancel the levels are still carried down (cheaply), so the positions
        // returned are the coarse picture reached so far rather than the start.
        if (!report.cancelled)
            solve(g, coarse, levelFixed[l], coarseOptions);
        ++stage;
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

    if (warm && !report.cancelled) {
        // Components drift apart under repulsion: put each back where it was, then fit the
        // whole to the start, so only what the data changed moves.
        std::vector<Point> moved = positions;
        for (std::uint32_t i = 0; i < n; ++i)
            moved[graph.entityOf(i)] = Point{current[i].x * SceneScale, current[i].y * SceneScale};
        std::vector<std::uint8_t> pinned(positions.size(), 0);
        for (std::uint32_t e = 0; e < positions.size(); ++e)
            pinned[e] = layoutsupport::isMovable(request, e) ? 0 : 1;
        ComponentPacker::keepInPlace(*request.view, graph.entities(), pinned, positions, moved);
        for (std::uint32_t i = 0; i < n; ++i)
            current[i] = Point{moved[graph.entityOf(i)].x / SceneScale, moved[graph.entityOf(i)].y / SceneScale};
        alignToStart(graph, fixed, positions, current);
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        if (!fixed[i])
            positions[graph.entityOf(i)] = Point{current[i].x * SceneScale, current[i].y * SceneScale};
    }
    if (!warm && !report.cancelled) {
        std::vector<std::uint8_t> pinned(positions.size(), 0);
        for (std::uint32_t e = 0; e < positions.size(); ++e)
            pinned[e] = layoutsupport::isMovable(request, e) ? 0 : 1;
        ComponentPacker::pack(*request.view, graph.entities(), pinned, positions, layoutsupport::NodeSpacing);
    }
    placeUntied(request, graph, positions, warm);
    if (request.progress && !report.cancelled)
        request.progress(1.0);
    return positions;
}

} // namespace tiescope
