// SPDX-License-Identifier: MIT
#include "layout/forceatlas2.h"

#include <algorithm>
#include <cmath>

#include "layout/blockparallel.h"

namespace tiescope {

namespace {

struct BlockSums
{
    double swinging = 0.0;
    double traction = 0.0;
    double edgeLength = 0.0;
    double movement = 0.0;
    std::size_t moved = 0;
};

} // namespace

ForceAtlas2::ForceAtlas2(const LayoutGraph &graph, Options options)
    : m_graph(graph), m_options(options), m_speed(options.initialSpeed)
{
    m_forces.assign(graph.nodeCount(), Point{});
    m_previous.assign(graph.nodeCount(), Point{});
}

double ForceAtlas2::step(std::vector<Point> &positions, const std::vector<std::uint8_t> &fixed)
{
    const std::size_t n = m_graph.nodeCount();
    if (n == 0)
        return 0.0;
    const auto &masses = m_graph.masses();
    m_tree.build(positions, masses);
    const BarnesHutTree::Repulsion repulsion{m_options.scaling, m_options.theta,
                                             m_options.preventOverlap ? m_options.nodeRadius : 0.0};
    const std::size_t blocks = blockparallel::blockCount(n);
    std::vector<BlockSums> sums(blocks);
    const double exponent = m_options.attractionExponent;

    // Forces, and per block the swinging and traction of ForceAtlas2's speed adaptation.
    blockparallel::run(blocks, m_options.threads, [&](std::size_t b) {
        BlockSums &s = sums[b];
        const std::size_t end = std::min(n, (b + 1) * blockparallel::BlockSize);
        for (std::size_t i = b * blockparallel::BlockSize; i < end; ++i) {
            const auto node = static_cast<std::uint32_t>(i);
            const Point p = positions[i];
            const double mass = masses[i];
            Point f = m_tree.force(node, p, mass, repulsion);
            // Gravity: a constant pull (times mass) towards the origin keeps components together.
            const double r = length(p.x, p.y);
            if (r > 0.0) {
                f.x -= m_options.gravity * mass * p.x / r;
                f.y -= m_options.gravity * mass * p.y / r;
            }
            const auto neighbours = m_graph.neighbours(node);
            const auto weights = m_graph.weights(node);
            for (std::size_t k = 0; k < neighbours.size(); ++k) {
                const Point q = positions[neighbours[k]];
                const double dx = p.x - q.x;
                const double dy = p.y - q.y;
                const double d = length(dx, dy);
                s.edgeLength += d;
                if (d <= 0.0)
                    continue;
                double pull = 0.0;
                if (m_options.preventOverlap) {
                    const double gap = d - 2.0 * m_options.nodeRadius;
                    if (gap <= 0.0)
                        continue;
                    pull = m_options.linLog ? std::log1p(gap) / d : gap / d;
                } else {
                    pull = m_options.linLog ? std::log1p(d) / d : 1.0;
                }
                if (exponent == 0.5)
                    pull *= std::sqrt(d); // the default: much cheaper than pow
                else if (exponent != 0.0)
                    pull *= std::pow(d, exponent);
                f.x -= weights[k] * pull * dx;
                f.y -= weights[k] * pull * dy;
            }
            m_forces[i] = f;
            if (!fixed.empty() && fixed[i])
                continue;
            const Point old = m_previous[i];
            s.swinging += mass * length(f.x - old.x, f.y - old.y);
            s.traction += mass * length(f.x + old.x, f.y + old.y) / 2.0;
        }
    });
    BlockSums total;
    for (const BlockSums &s : sums) {
        total.swinging += s.swinging;
        total.traction += s.traction;
        total.edgeLength += s.edgeLength;
    }

    // Global speed (the paper's section on adaptive speed): estimate how much jitter the
    // graph tolerates, slow down when nodes swing more than they travel, speed up otherwise.
    const double count = static_cast<double>(n);
    const double estimatedJitter = 0.05 * std::sqrt(count);
    const double minJitter = std::sqrt(estimatedJitter);
    const double maxJitter = 10.0;
    double jitter = m_options.jitterTolerance *
                    std::max(minJitter, std::min(maxJitter, estimatedJitter * total.traction / (count * count)));
    constexpr double MinSpeedEfficiency = 0.05;
    if (total.traction > 0.0 && total.swinging / total.traction > 2.0) {
        if (m_speedEfficiency > MinSpeedEfficiency)
            m_speedEfficiency *= 0.5;
        jitter = std::max(jitter, m_options.jitterTolerance);
    }
    if (total.swinging > 0.0) {
        const double targetSpeed = jitter * m_speedEfficiency * total.traction / total.swinging;
        if (total.swinging > jitter * total.traction) {
            if (m_speedEfficiency > MinSpeedEfficiency)
                m_speedEfficiency *= 0.7;
        } else if (m_speed < 1000.0) {
            m_speedEfficiency *= 1.3;
        }
        constexpr double MaxRise = 0.5;
        m_speed += std::min(targetSpeed - m_speed, MaxRise * m_speed);
    }

    // Move: each node at the global speed, damped by its own swinging.
    const double speed = m_speed;
    blockparallel::run(blocks, m_options.threads, [&](std::size_t b) {
        BlockSums &s = sums[b];
        const std::size_t end = std::min(n, (b + 1) * blockparallel::BlockSize);
        for (std::size_t i = b * blockparallel::BlockSize; i < end; ++i) {
            const Point f = m_forces[i];
            const Point old = m_previous[i];
            m_previous[i] = f;
            if (!fixed.empty() && fixed[i])
                continue;
            const double swinging = masses[i] * length(f.x - old.x, f.y - old.y);
            double factor = speed / (1.0 + std::sqrt(speed * swinging));
            const double magnitude = length(f.x, f.y);
            if (m_options.preventOverlap) {
                factor *= 0.1;
                if (magnitude > 0.0)
                    factor = std::min(factor * magnitude, 10.0 * m_options.nodeRadius) / magnitude;
            }
            positions[i].x += f.x * factor;
            positions[i].y += f.y * factor;
            s.movement += magnitude * factor;
            ++s.moved;
        }
    });
    double movement = 0.0;
    std::size_t moved = 0;
    for (const BlockSums &s : sums) {
        movement += s.movement;
        moved += s.moved;
    }
    if (moved == 0)
        return 0.0;
    const std::size_t directedEdges = m_graph.edgeCount() * 2;
    double reference = directedEdges > 0 ? total.edgeLength / static_cast<double>(directedEdges) : 0.0;
    if (reference <= 0.0)
        reference = std::sqrt(m_options.scaling); // the natural distance between two nodes
    return movement / static_cast<double>(moved) / reference;
}

ForceAtlas2::Result ForceAtlas2::run(std::vector<Point> &positions, const std::vector<std::uint8_t> &fixed,
                                     const std::atomic<bool> *cancel, const std::function<void(int)> &onIteration)
{
    Result result;
    int calm = 0;
    while (result.iterations < m_options.maxIterations) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        result.lastMovement = step(positions, fixed);
        ++result.iterations;
        if (onIteration)
            onIteration(result.iterations);
        calm = result.lastMovement < m_options.tolerance ? calm + 1 : 0;
        if (calm >= Calm) {
            result.converged = true;
            break;
        }
    }
    return result;
}

} // namespace tiescope
