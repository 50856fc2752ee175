// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace tiescope {

class WorldMap;

// Finds and reads the world outlines the map draws (data/world/countries.json): the source
// tree's copy in a build, else ../share/tiescope/world/ or ../../data/world/ beside the program.
class WorldMapFile final
{
public:
    [[nodiscard]] static std::vector<std::string> candidates();
    // The first candidate that exists (else the first candidate, so errors name it).
    [[nodiscard]] static std::string path();
    // Throws InputError naming the file when it is missing or bad.
    [[nodiscard]] static std::shared_ptr<const WorldMap> load();
};

} // namespace tiescope
