// SPDX-License-Identifier: MIT
#include "io/csvexporter.h"

#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/csvwriter.h"
#include "io/interchangefields.h"
#include "io/temporaryname.h"
#include "model/dataset.h"
#include "model/inputerror.h"

namespace fs = std::filesystem;

namespace tiescope {

namespace {

// Removes the temporary folder unless it was renamed into place.
class TemporaryFolder final
{
public:
    explicit TemporaryFolder(const fs::path &target)
    {
        const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        if (!fs::is_directory(parent))
            throw InputError(target.string(), "directory " + parent.string() + " does not exist");
        TemporaryName::removeStale(target);
        const fs::path path = TemporaryName::beside(target);
        std::error_code error;
        if (!fs::create_directory(path, error))
            throw InputError(target.string(), "cannot make a folder beside it: " + error.message());
        m_path = path;
    }
    ~TemporaryFolder()
    {
        if (!m_path.empty()) {
            std::error_code ignored;
            fs::remove_all(m_path, ignored);
        }
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    [[nodiscard]] const fs::path &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    fs::path m_path;
};

class CsvFileOut final
{
public:
    CsvFileOut(const fs::path &path, const fs::path &target) : m_out(path, std::ios::binary), m_target(target)
    {
        if (!m_out)
            throw InputError(m_target.string(), "cannot write " + path.filename().string());
    }
    void row(const std::vector<std::string> &cells) { CsvWriter::writeRow(m_out, cells); }
    void close()
    {
        m_out.close();
        if (!m_out)
            throw InputError(m_target.string(), "writing failed");
    }

private:
    std::ofstream m_out;
    fs::path m_target;
};

std::string orEmpty(const std::optional<EdtfDate> &date)
{
    return date ? date->toString() : std::string();
}

} // namespace

CsvExporter::Counts CsvExporter::write(const GraphView &view, const fs::path &folder)
{
    std::error_code error;
    if (fs::exists(folder, error) && !(fs::is_directory(folder, error) && fs::is_empty(folder, error)))
        throw InputError(folder.string(), "exists and is not an empty folder; choose a new one");
    const Dataset &data = view.graph().dataset();
    TemporaryFolder temporary(folder);
    Counts counts;
    std::vector<char> cited(data.sources().size(), 0);
    CsvFileOut citations(temporary.path() / "citations.csv", folder);
    citations.row({"record_type", "record_id", "source", "locator", "grade", "quote"});
    const auto cite = [&](const char *type, const std::string &key, const std::vector<Citation> &list) {
        for (const Citation &citation : list) {
            citations.row({type, key, data.source(citation.source).key, citation.locator, citation.grade.toString(),
                           citation.quote});
            cited[citation.source.index()] = 1;
            ++counts.citations;
        }
    };

    CsvFileOut entities(temporary.path() / "entities.csv", folder);
    entities.row({"id", "name", "kind", "country", "aliases", "description"});
    for (const EntityId id : view.visibleEntities()) {
        const Entity &entity = data.entity(id);
        entities.row({entity.key, entity.name, data.kind(entity.kind).key, entity.country,
                      InterchangeFields::joined(entity.aliases), entity.description});
        cite("entity", entity.key, entity.citations);
        ++counts.entities;
    }
    entities.close();

    CsvFileOut ties(temporary.path() / "ties.csv", folder);
    ties.row({"id", "source", "target", "relation", "domain", "start", "end", "status", "strength", "note"});
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        ties.row({tie.key, data.entity(tie.from).key, data.entity(tie.to).key, data.relation(tie.relation).key,
                  data.domain(tie.domain).key, orEmpty(tie.start), orEmpty(tie.end), std::string(toString(tie.status)),
                  tie.strength ? InterchangeFields::number(*tie.strength) : std::string(), tie.note});
        cite("tie", tie.key, tie.citations);
        ++counts.ties;
    }
    ties.close();
    citations.close();

    CsvFileOut sources(temporary.path() / "sources.csv", folder);
    sources.row({"id", "title", "author", "publisher", "date", "kind", "url"});
    for (std::size_t i = 0; i < cited.size(); ++i) {
        if (!cited[i])
            continue;
        const Source &source = data.source(SourceId(i));
        sources.row({source.key, source.title, source.author, source.publisher,
                     source.date ? source.date->toString() : std::string(), source.kind, source.url});
        ++counts.sources;
    }
    sources.close();

    fs::rename(temporary.path(), folder, error); // replaces an empty folder in the same step
    if (error)
        throw InputError(folder.string(), "cannot be put in place: " + error.message());
    temporary.release();
    return counts;
}

} // namespace tiescope
