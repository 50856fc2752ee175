// SPDX-License-Identifier: MIT
#include "io/interchangeexport.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>

#include "graph/graphview.h"
#include "io/atomicfile.h"
#include "io/csvexporter.h"
#include "io/cytoscapewriter.h"
#include "io/ftmwriter.h"
#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "io/graphsnapshotrecords.h"
#include "io/snapshotwriter.h"
#include "io/utctime.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "model/partialdate.h"

namespace tiescope {

namespace {

struct Entry
{
    InterchangeExport::Format format;
    std::string_view name;
    std::string_view label;
    std::string_view extension;
};

constexpr std::array<Entry, 7> Entries{{
    {InterchangeExport::Format::Json, "json", "TieScope snapshot (JSON)", ".json"},
    {InterchangeExport::Format::Csv, "csv", "CSV tables (a folder: spreadsheets, pandas, R)", ""},
    {InterchangeExport::Format::Graphml, "graphml", "GraphML (yEd, NetworkX, igraph, Cytoscape)", ".graphml"},
    {InterchangeExport::Format::Gexf, "gexf", "GEXF 1.3 (Gephi)", ".gexf"},
    {InterchangeExport::Format::Gexf12, "gexf-1.2", "GEXF 1.2draft (NetworkX 2.8, older Gephi)", ".gexf"},
    {InterchangeExport::Format::Cyjs, "cyjs", "Cytoscape.js JSON (Cytoscape, NetworkX)", ".cyjs"},
    {InterchangeExport::Format::Ftm, "ftm", "FollowTheMoney JSON lines (Aleph)", ".ftm.json"},
}};

const Entry &entry(InterchangeExport::Format format)
{
    return *std::find_if(Entries.begin(), Entries.end(), [&](const Entry &e) { return e.format == format; });
}

} // namespace

std::optional<InterchangeExport::Format> InterchangeExport::parse(std::string_view name)
{
    const auto found = std::find_if(Entries.begin(), Entries.end(), [&](const Entry &e) { return e.name == name; });
    if (found == Entries.end())
        return std::nullopt;
    return found->format;
}

std::string_view InterchangeExport::name(Format format)
{
    return entry(format).name;
}

std::string_view InterchangeExport::label(Format format)
{
    return entry(format).label;
}

std::string_view InterchangeExport::extension(Format format)
{
    return entry(format).extension;
}

const std::vector<InterchangeExport::Format> &InterchangeExport::formats()
{
    static const std::vector<Format> all = [] {
        std::vector<Format> list;
        for (const Entry &e : Entries)
            list.push_back(e.format);
        return list;
    }();
    return all;
}

std::int32_t InterchangeExport::asOfDay(const Dataset &data)
{
    const std::string built = data.info().builtAt.empty() ? UtcTime::now() : data.info().builtAt;
    const auto day = PartialDate::parse(built.substr(0, 10));
    return day ? day->lastDay() : PartialDate::parse(UtcTime::now().substr(0, 10))->lastDay();
}

InterchangeExport::Summary InterchangeExport::write(Format format, const GraphView &view, const Options &options,
                                                    const std::filesystem::path &target)
{
    Summary summary;
    summary.entities = view.visibleEntityCount();
    summary.ties = view.visibleTieCount();
    if (format == Format::Csv) {
        const CsvExporter::Counts counts = CsvExporter::write(view, target);
        summary.sources = counts.sources;
        summary.citations = counts.citations;
        return summary;
    }
    AtomicFile file(target);
    {
        std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(target.string(), "cannot be written");
        try {
            switch (format) {
            case Format::Json: {
                // Written record by record from the graph: a million ties never sit in memory as text.
                GraphSnapshotRecords snapshot(view, options.filter, options.generator, options.createdAt);
                if (!options.positions.empty())
                    snapshot.setPositions(options.positions);
                SnapshotWriter::write(snapshot, out);
                summary.sources = snapshot.citedSources().size();
                break;
            }
            case Format::Graphml:
                GraphmlWriter::write(view, options.positions, out);
                break;
            case Format::Gexf:
            case Format::Gexf12: {
                GexfWriter::Options gexf;
                gexf.version = format == Format::Gexf12 ? GexfWriter::Version::V1_2Draft : GexfWriter::Version::V1_3;
                gexf.asOfDay = options.asOfDay;
                gexf.positions = options.positions;
                gexf.creator = options.generator;
                GexfWriter::write(view, gexf, out);
                break;
            }
            case Format::Cyjs:
                CytoscapeWriter::write(view, options.positions, options.generator, out);
                break;
            case Format::Ftm: {
                const FtmWriter::Counts counts = FtmWriter::write(view, out);
                summary.entities = counts.entities;
                summary.ties = counts.links;
                summary.leftOut = counts.leftOutEntities;
                break;
            }
            case Format::Csv:
                break;
            }
        } catch (const std::runtime_error &) {
            throw InputError(target.string(), "writing failed");
        }
        out.close();
        if (!out)
            throw InputError(target.string(), "writing failed");
    }
    file.commit();
    return summary;
}

} // namespace tiescope
