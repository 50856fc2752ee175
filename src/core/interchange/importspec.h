// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace tiescope {

// How to import one set of files, saved as a named JSON spec so an import can be run again
// (docs/interchange.md, "Import"): the format, the files, the CSV options, the column mapping
// (TieScope field -> column; the "id" column is the stable key rows are matched by), the date
// format, and the defaults for rows that name no source, grade, kind, domain or relation.
struct ImportSpec final
{
    enum class Format
    {
        Csv,
        Gexf,
        GraphMl
    };
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Windows1252
    };
    enum class DateFormat
    {
        Edtf,
        DayMonthYear,
        MonthDayYear,
        Year
    };

    Format format = Format::Csv;
    // CSV: an entities file and a ties file, or a ties file alone (an edge list); a TieScope CSV
    // export also has sources and citations. GEXF and GraphML: the graph file in `ties`.
    std::filesystem::path entities, ties, sources, citations;

    char delimiter = ',';
    char quote = '"';
    Encoding encoding = Encoding::Utf8;
    bool header = true;                               // without one, columns are named by position: "1", "2", ...
    std::map<std::string, std::string> entityColumns; // field -> column; empty: guessed from the header
    std::map<std::string, std::string> tieColumns;
    DateFormat dateFormat = DateFormat::Edtf;

    // A tie is never stored uncited: rows that name no source cite this one, with this grade.
    std::string defaultSource;                       // a source key (of the store, or of newSource)
    std::optional<nlohmann::ordered_json> newSource; // a source to add when the store lacks it
    std::string defaultGrade;                        // e.g. "B2"
    std::string defaultKind;                         // for entities without a kind, and endpoints no row lists
    std::string defaultDomain;
    std::string defaultRelation;
    std::string defaultLocator;

    // Reads a spec; relative file names are taken from the spec's folder. Throws InputError
    // naming the spec file and what is wrong in it.
    [[nodiscard]] static ImportSpec read(const std::filesystem::path &file);
    [[nodiscard]] static ImportSpec fromJson(const nlohmann::ordered_json &json, const std::filesystem::path &file,
                                             const std::filesystem::path &base);
    // Writes it, file names relative to its folder; throws InputError naming the file when it cannot.
    void write(const std::filesystem::path &file) const;
    [[nodiscard]] nlohmann::ordered_json toJson() const;

    [[nodiscard]] static std::optional<Format> parseFormat(std::string_view text);
    [[nodiscard]] static std::optional<Encoding> parseEncoding(std::string_view text);
    [[nodiscard]] static std::optional<DateFormat> parseDateFormat(std::string_view text);
    [[nodiscard]] static std::string toString(Format format);
    [[nodiscard]] static std::string toString(Encoding encoding);
    [[nodiscard]] static std::string toString(DateFormat format);
};

} // namespace tiescope
