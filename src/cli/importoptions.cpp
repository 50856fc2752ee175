// SPDX-License-Identifier: MIT
#include "importoptions.h"

#include <filesystem>

#include "interchange/columnguess.h"
#include "interchange/importformats.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

namespace fs = std::filesystem;

char character(const std::string &option, const std::string &value)
{
    if (value == "\\t" || value == "tab")
        return '\t';
    if (value.size() != 1)
        throw UsageError("import: " + option + " takes one character, not \"" + value + "\"");
    return value.front();
}

bool isField(const std::string &field, ColumnGuess::Table table)
{
    const auto &fields = ColumnGuess::fields(table);
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

// --map [entities.|ties.]FIELD=COLUMN; without a table: the ties file's when it has the field.
void map(ImportSpec &spec, const std::string &text)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        throw UsageError("import: --map takes FIELD=COLUMN (e.g. --map name=Label), not \"" + text + "\"");
    std::string field = text.substr(0, equals);
    const std::string column = text.substr(equals + 1);
    bool ties = !spec.ties.empty() && isField(field, ColumnGuess::Table::Ties);
    for (const auto &[prefix, isTies] : {std::pair{"entities.", false}, std::pair{"ties.", true}}) {
        if (field.rfind(prefix, 0) == 0) {
            field = field.substr(std::string(prefix).size());
            ties = isTies;
        }
    }
    const auto table = ties ? ColumnGuess::Table::Ties : ColumnGuess::Table::Entities;
    if (!isField(field, table)) {
        std::string known;
        for (const std::string &name : ColumnGuess::fields(table))
            known += (known.empty() ? "" : ", ") + name;
        throw UsageError("import: --map " + text + ": no field \"" + field + "\" for " + (ties ? "ties" : "entities") +
                         " (fields: " + known + ")");
    }
    (ties ? spec.tieColumns : spec.entityColumns)[field] = column;
}

void files(ImportSpec &spec, const std::vector<std::string> &paths)
{
    if (paths.empty())
        throw UsageError("import: give the files to import (or --spec SPEC.json)");
    if (ImportFormats::of(spec.format).files == ImportFormat::Files::Graph) {
        if (paths.size() != 1)
            throw UsageError("import: a GEXF or GraphML import reads one file");
        spec.ties = paths.front();
        return;
    }
    std::error_code error;
    if (paths.size() == 1 && fs::is_directory(paths.front(), error)) {
        // A TieScope CSV export: its four files by name.
        const fs::path folder = paths.front();
        const std::pair<const char *, fs::path *> names[] = {{"entities.csv", &spec.entities},
                                                             {"ties.csv", &spec.ties},
                                                             {"sources.csv", &spec.sources},
                                                             {"citations.csv", &spec.citations}};
        for (const auto &[name, path] : names) {
            if (fs::exists(folder / name, error))
                *path = folder / name;
        }
        if (spec.ties.empty() && spec.entities.empty())
            throw UsageError("import: " + folder.string() + " has neither entities.csv nor ties.csv");
        return;
    }
    if (paths.size() > 2)
        throw UsageError("import: a CSV import reads an edge list, or an entities file then a ties file");
    spec.ties = paths.back();
    if (paths.size() == 2)
        spec.entities = paths.front();
}

} // namespace

std::vector<OptionSpec> ImportOptions::options()
{
    return {
        {"--spec", "SPEC.json", "an import spec (format, files, mapping, defaults) to run"},
        {"--format", "F", ImportFormats::keysInWords() + " (without --spec)"},
        {"--delimiter", "C", "CSV: the delimiter (default ','; 'tab' for tabs)"},
        {"--quote", "C", "CSV: the quote character (default '\"')"},
        {"--encoding", "E", "CSV: utf-8 (default; a BOM is dropped), utf-8-bom or windows-1252"},
        {"--no-header", "", "CSV: the first row is data; columns are named 1, 2, ..."},
        {"--map", "FIELD=COLUMN", "map a TieScope field to a column ([entities.|ties.]FIELD; COLUMN empty: none)",
         true},
        {"--date-format", "F", "edtf (default), dd.mm.yyyy, mm/dd/yyyy or year"},
        {"--default-source", "KEY", "the source of rows that name none"},
        {"--default-source-title", "TITLE", "add the default source with this title when the store lacks it"},
        {"--default-grade", "GRADE", "the grade of citations that give none, e.g. B2"},
        {"--default-locator", "TEXT", "the locator of the default source's citations"},
        {"--default-kind", "K", "the kind of entities without one (and of edge-list ends no row lists)"},
        {"--default-domain", "D", "the domain of ties without one"},
        {"--default-relation", "R", "the relation of ties without one"},
        {"--save-spec", "OUT.json", "write the spec used (with the guessed mapping) for a re-run"},
        {"--dry-run", "", "report what would change; write nothing"},
        {"--apply-valid", "", "apply the valid rows even when some rows are bad"},
        {"--json", "", "print the report as JSON"},
    };
}

ImportSpec ImportOptions::spec(const Arguments &arguments)
{
    ImportSpec spec;
    if (const auto file = arguments.value("--spec")) {
        if (!arguments.positionals().empty() || arguments.has("--format"))
            throw UsageError("import: give either --spec SPEC.json or --format F FILE..., not both");
        spec = ImportSpec::read(*file);
    } else {
        const std::string format = arguments.value("--format").value_or("");
        const auto parsed = ImportSpec::parseFormat(format);
        if (!parsed)
            throw UsageError("import: --format " + ImportFormats::keys("|") + " is required without --spec" +
                             (format.empty() ? std::string() : " (not \"" + format + "\")"));
        spec.format = *parsed;
        files(spec, arguments.positionals());
    }
    if (const auto value = arguments.value("--delimiter"))
        spec.delimiter = character("--delimiter", *value);
    if (const auto value = arguments.value("--quote"))
        spec.quote = character("--quote", *value);
    if (const auto value = arguments.value("--encoding")) {
        const auto encoding = ImportSpec::parseEncoding(*value);
        if (!encoding)
            throw UsageError("import: --encoding is utf-8, utf-8-bom or windows-1252, not \"" + *value + "\"");
        spec.encoding = *encoding;
    }
    if (arguments.has("--no-header"))
        spec.header = false;
    if (const auto value = arguments.value("--date-format")) {
        const auto format = ImportSpec::parseDateFormat(*value);
        if (!format)
            throw UsageError("import: --date-format is edtf, dd.mm.yyyy, mm/dd/yyyy or year, not \"" + *value + "\"");
        spec.dateFormat = *format;
    }
    for (const std::string &text : arguments.values("--map"))
        map(spec, text);
    const std::pair<const char *, std::string *> defaults[] = {
        {"--default-source", &spec.defaultSource},   {"--default-grade", &spec.defaultGrade},
        {"--default-locator", &spec.defaultLocator}, {"--default-kind", &spec.defaultKind},
        {"--default-domain", &spec.defaultDomain},   {"--default-relation", &spec.defaultRelation}};
    for (const auto &[option, value] : defaults) {
        if (const auto given = arguments.value(option))
            *value = *given;
    }
    if (arguments.has("--default-source"))
        spec.newSource.reset();
    if (const auto title = arguments.value("--default-source-title")) {
        if (spec.defaultSource.empty())
            throw UsageError("import: --default-source-title needs --default-source KEY");
        spec.newSource = nlohmann::ordered_json{
            {"id", spec.defaultSource}, {"title", *title}, {"author", ""},  {"publisher", nullptr},
            {"date", nullptr},          {"kind", ""},      {"url", nullptr}};
    }
    return spec;
}

} // namespace tiescope::cli
