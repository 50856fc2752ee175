// SPDX-License-Identifier: MIT
#include "geo/worldmap.h"

#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "io/jsonnode.h"
#include "io/jsontext.h"
#include "model/inputerror.h"

namespace tiescope {

namespace {

// Generous bounds: the shipped file has a few thousand points; a larger one is not an outline file.
constexpr std::size_t MaxPoints = 2'000'000;

void checkLonLat(const JsonNode &node, const Point &point)
{
    if (std::abs(point.x) > 180.0 || std::abs(point.y) > 90.0)
        node.fail("is not a longitude and latitude in degrees");
}

MapCountry::Ring readRing(const JsonNode &node, std::size_t &points)
{
    MapCountry::Ring ring;
    for (const JsonNode &item : node.items()) {
        const Point point = item.point();
        checkLonLat(item, point);
        ring.push_back(point);
    }
    if (ring.size() < 3)
        node.fail("must have at least three points");
    points += ring.size();
    if (points > MaxPoints)
        node.fail("too many points for a world map");
    return ring;
}

MapCountry readCountry(const JsonNode &node, std::size_t &points)
{
    node.expectObject({"code", "name", "centre", "polygons"});
    MapCountry country;
    country.code = node["code"].text();
    if (!country.code.empty() &&
        (country.code.size() != 2 || !std::isupper(static_cast<unsigned char>(country.code[0])) ||
         !std::isupper(static_cast<unsigned char>(country.code[1]))))
        node["code"].fail("must be an ISO 3166-1 alpha-2 code (two capital letters) or empty");
    country.name = node["name"].text();
    country.centre = node["centre"].point();
    checkLonLat(node["centre"], country.centre);
    for (const JsonNode &polygon : node["polygons"].items()) {
        MapCountry::Polygon rings;
        for (const JsonNode &ring : polygon.items())
            rings.push_back(readRing(ring, points));
        if (rings.empty())
            polygon.fail("must have an outer ring");
        country.polygons.push_back(std::move(rings));
    }
    return country;
}

} // namespace

WorldMap WorldMap::read(std::istream &in, const std::string &file)
{
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } catch (const nlohmann::json::exception &error) {
        throw InputError(file, "invalid JSON: " + JsonText::parseError(error));
    }
    const JsonNode root(document, "", file);
    root.expectObject({"format", "format_version", "source", "licence", "borders", "countries"});
    if (root["format"].text() != "tiescope-world")
        root["format"].fail("must be \"tiescope-world\"");
    if (root["format_version"].number() != FormatVersion)
        root["format_version"].fail("must be " + std::to_string(FormatVersion));
    WorldMap map;
    map.m_source = root["source"].text();
    map.m_borders = root["borders"].text();
    std::size_t points = 0;
    for (const JsonNode &item : root["countries"].items()) {
        MapCountry country = readCountry(item, points);
        const CountryId id(map.m_countries.size());
        if (!country.code.empty() && !map.m_byCode.emplace(country.code, id).second)
            item["code"].fail("duplicate " + JsonText::quoted(country.code));
        map.m_countries.push_back(std::move(country));
    }
    if (map.m_countries.empty())
        root["countries"].fail("has no country");
    return map;
}

WorldMap WorldMap::readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "cannot be read");
    return read(in, path);
}

std::optional<CountryId> WorldMap::find(std::string_view code) const
{
    const auto found = m_byCode.find(std::string(code));
    if (found == m_byCode.end())
        return std::nullopt;
    return found->second;
}

} // namespace tiescope
