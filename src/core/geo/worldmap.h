// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/countryid.h"
#include "geo/mapcountry.h"

namespace tiescope {

// The world's country outlines, read from data/world/countries.json (format
// "tiescope-world", see data/world/README.md). The file is treated as untrusted: any problem
// is an InputError naming the file and where in it.
class WorldMap final
{
public:
    static constexpr int FormatVersion = 1;

    [[nodiscard]] static WorldMap read(std::istream &in, const std::string &file);
    [[nodiscard]] static WorldMap readFile(const std::string &path);

    [[nodiscard]] const std::vector<MapCountry> &countries() const { return m_countries; }
    [[nodiscard]] const MapCountry &country(CountryId id) const { return m_countries.at(id.index()); }
    [[nodiscard]] std::optional<CountryId> find(std::string_view code) const;
    // Which view of disputed borders the outlines follow, and where they come from.
    [[nodiscard]] const std::string &borders() const { return m_borders; }
    [[nodiscard]] const std::string &source() const { return m_source; }

private:
    std::vector<MapCountry> m_countries;
    std::unordered_map<std::string, CountryId> m_byCode;
    std::string m_borders;
    std::string m_source;
};

} // namespace tiescope
