// SPDX-License-Identifier: MIT
#include "render/worldmapfile.h"

#include <filesystem>
#include <system_error>

#include <QCoreApplication>

#include "geo/worldmap.h"

namespace tiescope {

std::vector<std::string> WorldMapFile::candidates()
{
    std::vector<std::string> paths{TIESCOPE_WORLD_MAP};
    if (QCoreApplication::instance()) {
        const std::filesystem::path directory = QCoreApplication::applicationDirPath().toStdString();
        paths.push_back(
            (directory / ".." / "share" / "tiescope" / "world" / "countries.json").lexically_normal().string());
        paths.push_back((directory / ".." / ".." / "data" / "world" / "countries.json").lexically_normal().string());
    }
    return paths;
}

std::string WorldMapFile::path()
{
    const std::vector<std::string> paths = candidates();
    for (const std::string &candidate : paths) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    }
    return paths.front();
}

std::shared_ptr<const WorldMap> WorldMapFile::load()
{
    return std::make_shared<const WorldMap>(WorldMap::readFile(path()));
}

} // namespace tiescope
