// SPDX-License-Identifier: MIT
#include "maprender.h"

#include <array>
#include <charconv>
#include <cmath>
#include <ostream>

#include "analytics/entityresolver.h"
#include "arguments.h"
#include "commandcontext.h"
#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "geo/mapprojection.h"
#include "graph/tiegraph.h"
#include "model/inputerror.h"
#include "render/exportoptions.h"
#include "render/filtercaption.h"
#include "render/mapexporter.h"
#include "render/mappicture.h"
#include "render/worldmapfile.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::vector<OptionSpec> MapRender::options()
{
    return {
        {"--exposure-to", "ENTITY",
         "map: shade countries by their exposure to this state (default: ties in the window)"},
        {"--arcs", "MODE", "map: auto (default), tie (one arc per tie) or pair (per pair of countries)"},
        {"--region", "W,S,E,N",
         "map: show this box of longitudes and latitudes in degrees (e.g. 13,39,31,49 for the Balkans)"},
    };
}

std::optional<QRectF> MapRender::region(const Arguments &arguments)
{
    const auto text = arguments.value("--region");
    if (!text)
        return std::nullopt;
    const std::string usage = "render: --region must be WEST,SOUTH,EAST,NORTH in degrees, west < east and south < "
                              "north (e.g. 13,39,31,49), not '" + TerminalText::clean(*text) + "'";
    std::array<double, 4> edges{};
    std::size_t at = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const std::size_t comma = i + 1 < edges.size() ? text->find(',', at) : text->size();
        if (comma == std::string::npos)
            throw UsageError(usage);
        const std::string part = text->substr(at, comma - at);
        const char *end = part.data() + part.size();
        const auto [ptr, error] = std::from_chars(part.data(), end, edges[i]);
        if (part.empty() || error != std::errc() || ptr != end || !std::isfinite(edges[i]))
            throw UsageError(usage);
        at = comma + 1;
    }
    const auto [west, south, east, north] = edges;
    if (west < -180.0 || east > 180.0 || south < -90.0 || north > 90.0 || west >= east || south >= north)
        throw UsageError(usage);
    const auto [topLeft, bottomRight] = MapProjection::projectBox(west, south, east, north);
    return QRectF(QPointF(topLeft.x, topLeft.y), QPointF(bottomRight.x, bottomRight.y));
}

int MapRender::run(const Arguments &arguments, CommandContext &context, ExportOptions options, const FilterSpec &spec,
                   const std::string &target)
{
    const std::string arcsText = arguments.value("--arcs").value_or("auto");
    MapPicture::Arcs arcs = MapPicture::Arcs::Auto;
    if (arcsText == "tie")
        arcs = MapPicture::Arcs::PerTie;
    else if (arcsText == "pair")
        arcs = MapPicture::Arcs::PerCountryPair;
    else if (arcsText != "auto")
        throw UsageError("render: --arcs must be auto, tie or pair");
    const std::optional<QRectF> box = region(arguments);

    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    FilterOptions::checkKeys(spec, data);
    const TieGraph graph(data);
    const GraphView view = FilterEngine::apply(graph, spec);

    MapPicture picture(WorldMapFile::load());
    picture.setArcs(arcs);
    picture.setView(&view);
    if (const auto name = arguments.value("--exposure-to")) {
        const EntityResolver::Resolution found = EntityResolver(data).resolve(*name);
        if (!found.entity)
            throw UsageError("render: --exposure-to: " + found.message);
        picture.setMeasure(CountryMeasure::Kind::ExposureTo, *found.entity);
    }
    options.caption = FilterCaption::text(data, spec, view.visibleEntityCount(), view.visibleTieCount());
    options.title = QString::fromStdString(data.info().title);
    QString error;
    if (!MapExporter::writePng(picture, options, QString::fromStdString(target), &error, nullptr, box))
        throw InputError(target, error.toStdString());
    const MapPlacement &placement = *picture.placement();
    context.out << "wrote " << TerminalText::clean(target) << " (" << options.size.width() << "x"
                << options.size.height() << ", map, " << placement.placed().size() << " entities placed, "
                << placement.unplaced().size() << " without a country on the map, " << view.visibleTieCount()
                << " ties)\n";
    return ExitOk;
}

} // namespace tiescope::cli
