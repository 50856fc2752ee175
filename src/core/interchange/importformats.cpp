// SPDX-License-Identifier: MIT
#include "interchange/importformats.h"

#include <stdexcept>

#include "interchange/csvrows.h"
#include "interchange/gexfreader.h"
#include "interchange/graphmlreader.h"

namespace tiescope {

namespace {

ImportRows readGexf(ImportSpec &spec)
{
    return GexfReader::read(spec.ties);
}

ImportRows readGraphml(ImportSpec &spec)
{
    return GraphmlReader::read(spec.ties);
}

// A graph file is read whole (its nodes before its edges), then given row by row.
void feed(ImportRows rows, ImportRowSink &sink)
{
    for (ImportRow &row : rows.sources)
        sink.source(std::move(row));
    for (ImportRow &row : rows.citations)
        sink.citation(std::move(row));
    for (ImportRow &row : rows.entities)
        sink.entity(std::move(row));
    for (ImportRow &row : rows.ties)
        sink.tie(std::move(row));
    sink.readIssues(std::move(rows.issues));
}

void streamGexf(ImportSpec &spec, ImportRowSink &sink)
{
    GexfReader::stream(spec.ties, sink);
}

void streamGraphml(ImportSpec &spec, ImportRowSink &sink)
{
    feed(readGraphml(spec), sink);
}

} // namespace

const std::vector<ImportFormat> &ImportFormats::all()
{
    static const std::vector<ImportFormat> formats{
        {ImportSpec::Format::Csv,
         "csv",
         "CSV spreadsheets",
         {"*.csv", "*.tsv", "*.txt"},
         ImportFormat::Files::EntitiesAndTies,
         &CsvRows::read,
         &CsvRows::stream},
        {ImportSpec::Format::Gexf,
         "gexf",
         "GEXF graphs (Gephi, NetworkX)",
         {"*.gexf"},
         ImportFormat::Files::Graph,
         &readGexf,
         &streamGexf},
        {ImportSpec::Format::GraphMl,
         "graphml",
         "GraphML graphs (yEd, NetworkX)",
         {"*.graphml", "*.xml"},
         ImportFormat::Files::Graph,
         &readGraphml,
         &streamGraphml},
    };
    return formats;
}

const ImportFormat &ImportFormats::of(ImportSpec::Format format)
{
    for (const ImportFormat &entry : all()) {
        if (entry.format == format)
            return entry;
    }
    throw std::logic_error("import format without a registry entry");
}

const ImportFormat *ImportFormats::find(std::string_view key)
{
    for (const ImportFormat &entry : all()) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

std::string ImportFormats::keys(std::string_view separator)
{
    std::string text;
    for (const ImportFormat &entry : all())
        text += (text.empty() ? "" : std::string(separator)) + entry.key;
    return text;
}

std::string ImportFormats::keysInWords()
{
    const auto &formats = all();
    std::string text;
    for (std::size_t i = 0; i < formats.size(); ++i)
        text += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + formats[i].key;
    return text;
}

} // namespace tiescope
