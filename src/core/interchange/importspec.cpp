// SPDX-License-Identifier: MIT
#include "interchange/importspec.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "interchange/importformats.h"
#include "io/atomicfile.h"
#include "io/boundedjson.h"
#include "model/inputerror.h"
#include "model/inputlimits.h"

namespace tiescope {

namespace {

using nlohmann::ordered_json;

template <typename Enum>
struct Name
{
    Enum value;
    const char *text;
};

constexpr Name<ImportSpec::Encoding> Encodings[] = {{ImportSpec::Encoding::Utf8, "utf-8"},
                                                    {ImportSpec::Encoding::Utf8Bom, "utf-8-bom"},
                                                    {ImportSpec::Encoding::Windows1252, "windows-1252"}};
constexpr Name<ImportSpec::DateFormat> DateFormats[] = {{ImportSpec::DateFormat::Edtf, "edtf"},
                                                        {ImportSpec::DateFormat::DayMonthYear, "dd.mm.yyyy"},
                                                        {ImportSpec::DateFormat::MonthDayYear, "mm/dd/yyyy"},
                                                        {ImportSpec::DateFormat::Year, "year"}};

template <typename Enum, std::size_t N>
std::optional<Enum> parsed(const Name<Enum> (&names)[N], std::string_view text)
{
    for (const auto &name : names) {
        if (text == name.text)
            return name.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string named(const Name<Enum> (&names)[N], Enum value)
{
    for (const auto &name : names) {
        if (value == name.value)
            return name.text;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::string choices(const Name<Enum> (&names)[N])
{
    std::string text;
    for (const auto &name : names)
        text += (text.empty() ? "" : ", ") + std::string(name.text);
    return text;
}

// Reads the spec's fields, each error naming the file and the field.
class SpecFields final
{
public:
    SpecFields(const ordered_json &json, const std::filesystem::path &file) : m_json(json), m_file(file.string()) {}

    [[nodiscard]] std::string text(const ordered_json &object, const char *field, const std::string &where) const
    {
        const auto it = object.find(field);
        if (it == object.end() || it->is_null())
            return {};
        if (!it->is_string())
            fail(where + field + " must be a string");
        return it->get<std::string>();
    }
    [[nodiscard]] const ordered_json &object(const char *field) const
    {
        static const ordered_json empty = ordered_json::object();
        const auto it = m_json.find(field);
        if (it == m_json.end() || it->is_null())
            return empty;
        if (!it->is_object())
            fail(std::string(field) + " must be an object");
        return *it;
    }
    [[nodiscard]] std::map<std::string, std::string> columns(const ordered_json &object, const std::string &where) const
    {
        std::map<std::string, std::string> mapping;
        for (const auto &[field, column] : object.items()) {
            if (!column.is_string())
                fail(where + field + " must name a column (a string)");
            mapping[field] = column.get<std::string>();
        }
        return mapping;
    }
    [[noreturn]] void fail(const std::string &problem) const { throw InputError(m_file, "import spec: " + problem); }
    [[nodiscard]] char character(const ordered_json &object, const char *field, char fallback) const
    {
        const std::string value = text(object, field, "csv.");
        if (value.empty())
            return fallback;
        if (value == "\\t" || value == "tab")
            return '\t';
        if (value.size() != 1)
            fail(std::string("csv.") + field + " must be one character, not \"" + value + "\"");
        return value.front();
    }

private:
    const ordered_json &m_json;
    std::string m_file;
};

std::filesystem::path resolved(const std::string &name, const std::filesystem::path &base)
{
    if (name.empty())
        return {};
    const std::filesystem::path path(name);
    return path.is_absolute() || base.empty() ? path : base / path;
}

} // namespace

ImportSpec ImportSpec::read(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file.string(), "cannot open the import spec");
    const std::optional<std::string> text = InputLimits::readAtMost(in, InputLimits::MaxSpecBytes);
    if (!text)
        throw InputError(file.string(), InputLimits::tooLarge(InputLimits::MaxSpecBytes));
    ordered_json json;
    try {
        json = BoundedJson::parse<ordered_json>(*text);
    } catch (const ordered_json::exception &error) {
        throw InputError(file.string(), std::string("import spec is not JSON: ") + error.what());
    }
    return fromJson(json, file, file.parent_path());
}

ImportSpec ImportSpec::fromJson(const ordered_json &json, const std::filesystem::path &file,
                                const std::filesystem::path &base)
{
    const SpecFields f(json, file);
    if (!json.is_object())
        f.fail("must be a JSON object");
    ImportSpec spec;
    const std::string format = f.text(json, "format", "");
    const auto parsedFormat = parseFormat(format);
    if (!parsedFormat)
        f.fail("format must be one of " + ImportFormats::keys(", ") +
               (format.empty() ? "" : ", not \"" + format + "\""));
    spec.format = *parsedFormat;
    const ordered_json &files = f.object("files");
    spec.entities = resolved(f.text(files, "entities", "files."), base);
    spec.ties = resolved(f.text(files, "ties", "files."), base);
    spec.sources = resolved(f.text(files, "sources", "files."), base);
    spec.citations = resolved(f.text(files, "citations", "files."), base);
    if (spec.ties.empty() && spec.entities.empty())
        f.fail("files must name \"ties\" (an edge list, or the GEXF / GraphML file) and / or \"entities\"");

    const ordered_json &csv = f.object("csv");
    spec.delimiter = f.character(csv, "delimiter", ',');
    spec.quote = f.character(csv, "quote", '"');
    if (const std::string encoding = f.text(csv, "encoding", "csv."); !encoding.empty()) {
        const auto value = parseEncoding(encoding);
        if (!value)
            f.fail("csv.encoding must be one of " + choices(Encodings) + ", not \"" + encoding + "\"");
        spec.encoding = *value;
    }
    if (const auto it = csv.find("header"); it != csv.end()) {
        if (!it->is_boolean())
            f.fail("csv.header must be true or false");
        spec.header = it->get<bool>();
    }
    const ordered_json &columns = f.object("columns");
    for (const auto &[table, mapping] : columns.items()) {
        if (table != "entities" && table != "ties")
            f.fail("columns has \"" + table + "\"; only \"entities\" and \"ties\" are mapped");
        if (!mapping.is_object())
            f.fail("columns." + table + " must be an object (field: column)");
        (table == "entities" ? spec.entityColumns : spec.tieColumns) = f.columns(mapping, "columns." + table + ".");
    }
    if (const std::string dates = f.text(json, "date_format", ""); !dates.empty()) {
        const auto value = parseDateFormat(dates);
        if (!value)
            f.fail("date_format must be one of " + choices(DateFormats) + ", not \"" + dates + "\"");
        spec.dateFormat = *value;
    }
    if (const auto it = json.find("default_source"); it != json.end() && !it->is_null()) {
        if (it->is_object()) {
            spec.newSource = *it;
            spec.defaultSource = f.text(*it, "id", "default_source.");
            if (spec.defaultSource.empty())
                f.fail("default_source, a new source, needs an \"id\"");
        } else {
            spec.defaultSource = f.text(json, "default_source", "");
        }
    }
    spec.defaultGrade = f.text(json, "default_grade", "");
    spec.defaultKind = f.text(json, "default_kind", "");
    spec.defaultDomain = f.text(json, "default_domain", "");
    spec.defaultRelation = f.text(json, "default_relation", "");
    spec.defaultLocator = f.text(json, "default_locator", "");
    return spec;
}

ordered_json ImportSpec::toJson() const
{
    ordered_json json = ordered_json::object();
    json["format"] = toString(format);
    ordered_json files = ordered_json::object();
    const std::pair<const char *, const std::filesystem::path *> named[] = {
        {"entities", &entities}, {"ties", &ties}, {"sources", &sources}, {"citations", &citations}};
    for (const auto &[name, path] : named) {
        if (!path->empty())
            files[name] = path->string();
    }
    json["files"] = files;
    if (format == Format::Csv) {
        json["csv"] = {{"delimiter", std::string(1, delimiter)},
                       {"quote", std::string(1, quote)},
                       {"encoding", toString(encoding)},
                       {"header", header}};
        ordered_json columns = ordered_json::object();
        if (!entityColumns.empty())
            columns["entities"] = entityColumns;
        if (!tieColumns.empty())
            columns["ties"] = tieColumns;
        json["columns"] = columns;
    }
    json["date_format"] = toString(dateFormat);
    if (newSource)
        json["default_source"] = *newSource;
    else if (!defaultSource.empty())
        json["default_source"] = defaultSource;
    const std::pair<const char *, const std::string *> defaults[] = {{"default_grade", &defaultGrade},
                                                                     {"default_kind", &defaultKind},
                                                                     {"default_domain", &defaultDomain},
                                                                     {"default_relation", &defaultRelation},
                                                                     {"default_locator", &defaultLocator}};
    for (const auto &[name, value] : defaults) {
        if (!value->empty())
            json[name] = *value;
    }
    return json;
}

void ImportSpec::write(const std::filesystem::path &file) const
{
    // File names relative to the spec's folder, as read() takes them, so the spec and its
    // files can move together.
    ImportSpec relative = *this;
    const std::filesystem::path folder = std::filesystem::absolute(file).parent_path();
    for (std::filesystem::path *path : {&relative.entities, &relative.ties, &relative.sources, &relative.citations}) {
        if (!path->empty())
            *path = std::filesystem::absolute(*path).lexically_normal().lexically_relative(folder);
    }
    AtomicFile::writeWhole(file, relative.toJson().dump(2) + '\n');
}

std::optional<ImportSpec::Format> ImportSpec::parseFormat(std::string_view text)
{
    const ImportFormat *entry = ImportFormats::find(text);
    return entry ? std::optional(entry->format) : std::nullopt;
}

std::optional<ImportSpec::Encoding> ImportSpec::parseEncoding(std::string_view text)
{
    return parsed(Encodings, text);
}

std::optional<ImportSpec::DateFormat> ImportSpec::parseDateFormat(std::string_view text)
{
    return parsed(DateFormats, text);
}

std::string ImportSpec::toString(Format value)
{
    return ImportFormats::of(value).key;
}

std::string ImportSpec::toString(Encoding value)
{
    return named(Encodings, value);
}

std::string ImportSpec::toString(DateFormat value)
{
    return named(DateFormats, value);
}

} // namespace tiescope
