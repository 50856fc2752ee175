// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace tiescope {

// A small, fast random generator (SplitMix64) whose output is fixed by the seed on every
// platform and standard library: the synthetic generator and the layouts promise the same
// result for the same seed, which std::*_distribution does not.
class SeededRandom final
{
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, bound); bound > 0. The slight modulo bias does not matter here.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    bool chance(double probability) { return uniform() < probability; }

    // A value derived from a seed and an index without any state: per-node jitter that does
    // not depend on the order nodes are visited in.
    static std::uint64_t hash(std::uint64_t seed, std::uint64_t index)
    {
        SeededRandom random(seed ^ (index * 0xd1b54a32d192ed03ULL));
        return random.next();
    }

private:
    std::uint64_t m_state;
};

} // namespace tiescope
