// SPDX-License-Identifier: MIT
#include "store/storereader.h"

#include <future>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "model/inputerror.h"
#include "model/inputlimits.h"
#include "store/rowprogress.h"
#include "store/sqlitedb.h"

namespace tiescope {

namespace {

// Maps a table's row ids to Dataset indexes. A store that was never edited has id = index + 1,
// which takes the fast path; ids with gaps (rows deleted by an edit) go through the hash map.
class RowMap final
{
public:
    void add(std::int64_t rowId, std::uint32_t index)
    {
        if (m_dense && rowId == static_cast<std::int64_t>(index) + 1)
            return;
        if (m_dense) {
            for (std::uint32_t i = 0; i < index; ++i)
                m_sparse.emplace(static_cast<std::int64_t>(i) + 1, i);
            m_dense = false;
        }
        m_sparse.emplace(rowId, index);
        m_count = index + 1;
    }
    void setCount(std::uint32_t count) { m_count = count; }
    [[nodiscard]] std::optional<std::uint32_t> find(std::int64_t rowId) const
    {
        if (m_dense) {
            if (rowId >= 1 && rowId <= static_cast<std::int64_t>(m_count))
                return static_cast<std::uint32_t>(rowId - 1);
            return std::nullopt;
        }
        const auto it = m_sparse.find(rowId);
        if (it == m_sparse.end())
            return std::nullopt;
        return it->second;
    }

private:
    bool m_dense = true;
    std::uint32_t m_count = 0;
    std::unordered_map<std::int64_t, std::uint32_t> m_sparse;
};

class Reader final
{
public:
    Reader(const SqliteDb &db, int version, const LoadControl &control)
        : m_db(db), m_version(version), m_maxTies(control.maxTies), m_progress(control)
    {
    }

    Dataset read()
    {
        const auto entities = static_cast<std::size_t>(m_db.queryInt("SELECT count(*) FROM entities"));
        const auto ties = static_cast<std::size_t>(m_db.queryInt("SELECT count(*) FROM ties"));
        if (ties > m_maxTies)
            fail("holds " + std::to_string(ties) + " ties; TieScope opens stores of up to " +
                 std::to_string(m_maxTies) + " ties (about 2 KB of memory each)");
        m_data.reserve(entities, ties);
        m_progress.start(expectedRows(entities + ties));
        readMetadata();
        readDomains();
        readKinds();
        readRelations();
        readSources();
        readEntities();
        readTies();
        {
            // The tie key index is built on a second thread while the citations are read: that
            // only adds to the ties' citation lists, which indexing does not read. The future
            // is waited for on every path, an exception from readCitations included.
            auto indexing = std::async(std::launch::async, [this] { return m_data.indexTies(); });
            readCitations();
            if (const auto duplicate = indexing.get())
                fail("duplicate id \"" + m_data.tie(*duplicate).key + "\"");
        }
        m_progress.finish();
        return std::move(m_data);
    }

private:
    // Progress counts the rows of the tables that grow with the data. The largest, citations,
    // is estimated by its highest id (a b-tree descent, where count(*) would scan it); aliases
    // have no rowid but are few. A hand-edited store may have gaps or negative ids: then the
    // estimate is only an estimate.
    [[nodiscard]] std::uint64_t expectedRows(std::size_t entitiesAndTies) const
    {
        const auto rows = [this](const char *sql) { return static_cast<std::uint64_t>(std::max(0LL, m_db.queryInt(sql))); };
        return entitiesAndTies + rows("SELECT count(*) FROM entity_aliases") +
               rows("SELECT coalesce(max(id), 0) FROM sources") + rows("SELECT coalesce(max(id), 0) FROM citations");
    }

    [[noreturn]] void fail(const std::string &problem) const { throw InputError(m_db.path(), problem); }

    // Who a problem is about, e.g. tie "t-1": spelled out only when there is a problem, as
    // building the text for each of a million good rows was a measurable part of a load.
    struct Owner
    {
        std::string_view table;
        std::string_view key;
        [[nodiscard]] std::string text() const { return std::string(table) + " \"" + std::string(key) + "\""; }
    };
    static std::string describe(const std::string &owner) { return owner; }
    static std::string describe(const Owner &owner) { return owner.text(); }

    template <typename Id, typename OwnerText>
    Id resolve(const RowMap &map, std::int64_t rowId, const char *what, const OwnerText &owner) const
    {
        const auto index = map.find(rowId);
        if (!index)
            fail(describe(owner) + " refers to a missing " + what + " (id " + std::to_string(rowId) + ")");
        return Id(*index);
    }

    template <typename Date, typename OwnerText> // PartialDate or EdtfDate
    std::optional<Date> date(const Statement &row, int column, const OwnerText &owner) const
    {
        if (row.isNull(column))
            return std::nullopt;
        const std::string text = row.text(column);
        auto parsed = Date::parse(text);
        if (!parsed)
            fail(describe(owner) + " has an invalid date \"" + text + "\"");
        return parsed;
    }

    template <typename AddFn>
    void add(AddFn &&addFn, const std::string &key)
    {
        try {
            addFn();
        } catch (const std::invalid_argument &) {
            fail("duplicate id \"" + key + "\"");
        }
    }

    void readMetadata()
    {
        Statement rows = m_db.prepare("SELECT key, value FROM metadata");
        while (rows.step()) {
            const std::string key = rows.text(0);
            if (key == "title")
                m_data.info().title = rows.text(1);
            else if (key == "version")
                m_data.info().version = rows.text(1);
            else if (key == "description")
                m_data.info().description = rows.text(1);
            else if (key == "built_at")
                m_data.info().builtAt = rows.text(1);
            else if (key == "language")
                m_data.info().language = rows.text(1);
        }
    }

    void readDomains()
    {
        Statement rows = m_db.prepare("SELECT id, key, label, colour FROM domains ORDER BY id");
        while (rows.step()) {
            Domain d{rows.text(1), rows.text(2), rows.text(3)};
            m_domainRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.domains().size()));
            add([&] { m_data.addDomain(std::move(d)); }, rows.text(1));
        }
        m_domainRows.setCount(static_cast<std::uint32_t>(m_data.domains().size()));
    }

    void readKinds()
    {
        Statement rows = m_db.prepare("SELECT id, key, label FROM entity_kinds ORDER BY id");
        while (rows.step()) {
            m_kindRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.kinds().size()));
            add([&] { m_data.addKind(EntityKind{rows.text(1), rows.text(2)}); }, rows.text(1));
        }
        m_kindRows.setCount(static_cast<std::uint32_t>(m_data.kinds().size()));
    }

    void readRelations()
    {
        // Schema 1 had no dependency columns: they read as their version-2 defaults.
        Statement rows = m_db.prepare(m_version >= 2
                                          ? "SELECT id, key, label, description, directed, dependent, default_strength "
                                            "FROM relation_types ORDER BY id"
                                          : "SELECT id, key, label, description, directed, 'none', 0.5 "
                                            "FROM relation_types ORDER BY id");
        while (rows.step()) {
            RelationType r;
            r.key = rows.text(1);
            r.label = rows.text(2);
            r.description = rows.text(3);
            r.directed = rows.integer(4) != 0;
            const auto dependent = parseDependence(rows.text(5));
            if (!dependent)
                fail("relation \"" + r.key + "\" has an unknown dependent end \"" + rows.text(5) + "\"");
            r.dependent = *dependent;
            r.defaultStrength = rows.real(6);
            m_relationRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.relations().size()));
            add([&] { m_data.addRelation(std::move(r)); }, rows.text(1));
        }
        m_relationRows.setCount(static_cast<std::uint32_t>(m_data.relations().size()));
    }

    void readSources()
    {
        // Schema 5 added the retrieved date and the archive address: older stores have neither.
        Statement rows = m_db.prepare(m_version >= 5 ? "SELECT id, key, title, author, publisher, date, kind, url, "
                                                       "retrieved, archive_url FROM sources ORDER BY id"
                                                     : "SELECT id, key, title, author, publisher, date, kind, url, "
                                                       "NULL, '' FROM sources ORDER BY id");
        while (rows.step()) {
            Source s;
            m_progress.row();
            s.key = rows.text(1);
            s.title = rows.text(2);
            s.author = rows.text(3);
            s.publisher = rows.text(4);
            s.date = date<PartialDate>(rows, 5, Owner{"source", s.key});
            s.kind = rows.text(6);
            s.url = rows.text(7);
            s.retrieved = date<PartialDate>(rows, 8, Owner{"source", s.key});
            s.archiveUrl = rows.text(9);
            s.rowId = rows.integer(0);
            m_sourceRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.sources().size()));
            add([&] { m_data.addSource(std::move(s)); }, rows.text(1));
        }
        m_sourceRows.setCount(static_cast<std::uint32_t>(m_data.sources().size()));
    }

    void readEntities()
    {
        Statement rows =
            m_db.prepare("SELECT id, key, name, kind_id, country, description FROM entities ORDER BY id");
        while (rows.step()) {
            Entity e;
            m_progress.row();
            e.key = rows.text(1);
            e.name = rows.text(2);
            e.kind = resolve<KindId>(m_kindRows, rows.integer(3), "kind", Owner{"entity", e.key});
            e.country = rows.text(4);
            e.description = rows.text(5);
            e.rowId = rows.integer(0);
            m_entityRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.entities().size()));
            add([&] { m_data.addEntity(std::move(e)); }, rows.text(1));
        }
        m_entityRows.setCount(static_cast<std::uint32_t>(m_data.entities().size()));
        Statement aliases = m_db.prepare("SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, position");
        while (aliases.step()) {
            m_progress.row();
            const auto id = resolve<EntityId>(m_entityRows, aliases.integer(0), "entity", "an alias");
            m_data.addAlias(id, aliases.text(1));
        }
    }

    void readTies()
    {
        Statement rows = m_db.prepare(m_version >= 2
                                          ? "SELECT id, key, from_id, to_id, domain_id, relation_id, start_date, "
                                            "end_date, status, strength, note FROM ties ORDER BY id"
                                          : "SELECT id, key, from_id, to_id, domain_id, relation_id, start_date, "
                                            "end_date, status, NULL, note FROM ties ORDER BY id");
        while (rows.step()) {
            Tie t;
            m_progress.row();
            t.key = rows.text(1);
            const Owner owner{"tie", t.key};
            t.from = resolve<EntityId>(m_entityRows, rows.integer(2), "entity", owner);
            t.to = resolve<EntityId>(m_entityRows, rows.integer(3), "entity", owner);
            t.domain = resolve<DomainId>(m_domainRows, rows.integer(4), "domain", owner);
            t.relation = resolve<RelationId>(m_relationRows, rows.integer(5), "relation", owner);
            t.start = date<EdtfDate>(rows, 6, owner);
            t.end = date<EdtfDate>(rows, 7, owner);
            const auto status = parseTieStatus(rows.text(8));
            if (!status)
                fail(owner.text() + " has an unknown status \"" + rows.text(8) + "\"");
            t.status = *status;
            if (!rows.isNull(9)) {
                const double strength = rows.real(9);
                if (!(strength >= 0.0 && strength <= 1.0))
                    fail(owner.text() + " has a strength outside 0..1");
                t.strength = strength;
            }
            t.note = rows.text(10);
            t.rowId = rows.integer(0);
            m_tieRows.add(rows.integer(0), static_cast<std::uint32_t>(m_data.ties().size()));
            m_data.appendTieUnindexed(std::move(t)); // indexed in read(), beside the citations
        }
        m_tieRows.setCount(static_cast<std::uint32_t>(m_data.ties().size()));
    }

    void readCitations()
    {
        Statement rows = m_db.prepare(m_version >= 5 ? "SELECT source_id, tie_id, entity_id, locator, reliability, "
                                                       "credibility, id, quote FROM citations ORDER BY id"
                                                     : "SELECT source_id, tie_id, entity_id, locator, reliability, "
                                                       "credibility, id, '' FROM citations ORDER BY id");
        while (rows.step()) {
            Citation c;
            m_progress.row();
            c.source = resolve<SourceId>(m_sourceRows, rows.integer(0), "source", "a citation");
            c.locator = rows.text(3);
            const std::string reliability = rows.text(4);
            const auto grade = reliability.size() == 1
                                   ? Grade::make(reliability[0], static_cast<int>(rows.integer(5)))
                                   : std::nullopt;
            if (!grade)
                fail("a citation has an invalid grade \"" + reliability + std::to_string(rows.integer(5)) + "\"");
            c.grade = *grade;
            c.rowId = rows.integer(6);
            c.quote = rows.text(7);
            if (!rows.isNull(1)) {
                const auto tie = resolve<TieId>(m_tieRows, rows.integer(1), "tie", "a citation");
                m_data.addCitation(tie, std::move(c));
            } else if (!rows.isNull(2)) {
                const auto entity = resolve<EntityId>(m_entityRows, rows.integer(2), "entity", "a citation");
                m_data.addCitation(entity, std::move(c));
            } else {
                fail("a citation backs neither a tie nor an entity");
            }
        }
    }

    const SqliteDb &m_db;
    int m_version;
    std::size_t m_maxTies;
    RowProgress m_progress;
    Dataset m_data;
    RowMap m_domainRows, m_kindRows, m_relationRows, m_sourceRows, m_entityRows, m_tieRows;
};

} // namespace

Dataset StoreReader::read(const SqliteDb &db, int schemaVersion, const LoadControl &control)
{
    return Reader(db, schemaVersion, control).read();
}

} // namespace tiescope
