// SPDX-License-Identifier: MIT
#include "store/changeapplier.h"

#include <algorithm>
#include <optional>
#include <string>

#include "io/datasetvalidator.h"
#include "io/utctime.h"
#include "model/inputerror.h"
#include "store/audittrail.h"
#include "store/idsequence.h"
#include "store/sqlitedb.h"
#include "store/statementcache.h"
#include "store/transaction.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

using Name = RecordWriter;

// How many rows the query (with one row id to bind) counts.
long long countOf(StatementCache &statements, const std::string &sql, std::int64_t rowId)
{
    Statement &count = statements.get(sql);
    count.bind(1, rowId);
    count.step();
    const long long rows = count.integer(0);
    count.reset(); // no statement stays open into the commit
    return rows;
}

// The schema's CHECK (status IN (...)), CHECK (reliability IN (...)) and the audit rows' CHECKs
// make SQLite build a temporary b-tree for every row written (a third of a large import). What
// they check is checked before any row is written: a status and a grade by RecordCheck, a
// citation's one owner and the audit rows' table and operation by construction. So they are
// skipped for a large change-set (an import, a bulk delete, their undo), as StoreWriter does for a
// bulk write, and always switched back on; a small one (an analyst's edit) keeps SQLite's checks
// as a second line, where they cost nothing to speak of. A large change-set also gets
// StoreWriter's 64 MiB page cache, so its pages are not spilled to the journal before the commit.
constexpr std::size_t LargeChangeSet = 1000;
constexpr const char *ApplyPragmas = "PRAGMA ignore_check_constraints = ON; PRAGMA cache_size = -65536";
constexpr const char *RestoredPragmas = "PRAGMA ignore_check_constraints = OFF; PRAGMA cache_size = -2000";

} // namespace

ChangeApplier::ChangeApplier(SqliteDb &db)
    : m_db(db),
      m_statements(db),
      m_records(db),
      m_ids(m_statements),
      m_check(db.path(), m_problems),
      m_writer(db, m_records, m_check)
{
}

ApplyResult ChangeApplier::apply(const ChangeSet &changeSet, const std::string &author)
{
    // The whole change-set is the stream's one part.
    class Whole final : public ChangeStream
    {
    public:
        explicit Whole(const ChangeSet &changeSet) : m_changeSet(changeSet) {}
        bool run(const Part &apply) override
        {
            apply(m_changeSet);
            return true;
        }

    private:
        const ChangeSet &m_changeSet;
    };
    Whole whole(changeSet);
    return applyAll(whole, changeSet.label(), author, true);
}

ApplyResult ChangeApplier::apply(ChangeStream &stream, const std::string &label, const std::string &author,
                                 bool keepChanges, bool keepInverse)
{
    m_keepChanges = keepChanges;
    m_keepInverse = keepInverse;
    return applyAll(stream, label, author, false);
}

ApplyResult ChangeApplier::applyAll(ChangeStream &stream, const std::string &label, const std::string &author,
                                    bool commitEmpty)
{
    m_label = label;
    m_author = author;
    Transaction transaction(m_db);
    m_changeSet = AuditTrail::nextChangeSet(m_db);
    m_time = UtcTime::now();
    const bool commit = stream.run([this](const ChangeSet &part) { applyPart(part); });
    checkTiesCited();
    ApplyResult result;
    if (!commit || (m_count == 0 && !commitEmpty)) {
        m_settings.reset();
        return result; // the transaction rolls back
    }
    if (!m_problems.empty()) {
        result.problems = std::move(m_problems);
        m_settings.reset();
        return result;
    }
    m_ids.record();
    transaction.commit();
    m_settings.reset();
    result.changeSetId = m_changeSet;
    result.inverse = ChangeSet("undo " + label);
    result.inverse.reserve(m_undo.size());
    while (!m_undo.empty()) { // undone in reverse order
        result.inverse.append(std::move(m_undo.back()));
        m_undo.pop_back();
    }
    result.changes = std::move(m_kept);
    return result;
}

void ChangeApplier::applyPart(const ChangeSet &part)
{
    m_count += part.changes().size();
    if (!m_settings && m_count >= LargeChangeSet)
        m_settings.emplace(m_db, ApplyPragmas, RestoredPragmas);
    for (const Change &change : part.changes())
        run(change);
    if (!m_problems.empty()) {
        m_applied.clear(); // it rolls back: no audit rows, no undo
        return;
    }
    AuditTrail::write(m_db, m_applied, m_changeSet, m_label, m_author, m_time);
    for (const AppliedChange &applied : m_applied) {
        if (!m_keepInverse)
            break;
        if (auto step = ChangeSet::undoOf(applied))
            m_undo.push_back(std::move(*step));
    }
    if (m_keepChanges)
        m_kept.insert(m_kept.end(), std::make_move_iterator(m_applied.begin()), std::make_move_iterator(m_applied.end()));
    m_applied.clear();
}

void ChangeApplier::run(const Change &change)
{
    switch (change.operation) {
    case ChangeOperation::Add:
        add(change);
        break;
    case ChangeOperation::Update:
        update(change);
        break;
    case ChangeOperation::Delete:
        if (const auto rowId = target(change))
            remove(change.table, *rowId);
        break;
    case ChangeOperation::Merge:
        merge(change);
        break;
    }
}

std::optional<std::int64_t> ChangeApplier::target(const Change &change)
{
    const std::string name = Name::nameOf(change.table, change.key, change.rowId);
    if (change.table == RecordTable::Citations) {
        if (countOf(m_statements, "SELECT count(*) FROM citations WHERE id = ?", change.rowId) == 0) {
            m_check.problem(name, "no such citation in the store");
            return std::nullopt;
        }
        return change.rowId;
    }
    const auto rowId = m_records.find(toString(change.table), change.key);
    if (!rowId)
        m_check.problem(name, std::string("no such ") + Name::singular(change.table) + " in the store");
    return rowId;
}

ordered_json ChangeApplier::current(RecordTable table, std::int64_t rowId)
{
    switch (table) {
    case RecordTable::Entities:
        return m_records.entity(rowId, false);
    case RecordTable::Ties:
        return m_records.tie(rowId, false);
    case RecordTable::Sources:
        return m_records.source(rowId);
    case RecordTable::Citations:
        return m_records.citation(rowId);
    }
    return {};
}

std::string ChangeApplier::auditKey(RecordTable table, const ordered_json &record)
{
    if (table == RecordTable::Citations)
        return StoreRecords::citationOwner(record);
    return record.at("id").get<std::string>();
}

void ChangeApplier::add(const Change &change)
{
    const std::string name = Name::nameOf(change.table, change.key, change.rowId);
    if (change.table != RecordTable::Citations && m_records.find(toString(change.table), change.key)) {
        m_check.problem(name, DatasetValidator::duplicateKey(std::string("an existing ") + Name::singular(change.table)));
        return;
    }
    if (change.rowId > 0 &&
        countOf(m_statements, "SELECT count(*) FROM \"" + std::string(toString(change.table)) + "\" WHERE id = ?",
                change.rowId) != 0) {
        m_check.problem(name, "row id " + std::to_string(change.rowId) + " is taken");
        return;
    }
    const std::int64_t rowId = change.rowId > 0 ? change.rowId : m_ids.next(toString(change.table));
    // The row as written is the audit's after: the same JSON as reading it back, without the read.
    ordered_json after;
    if (!m_writer.write(change.table, change.fields, rowId, true, &after, change.checked.get()))
        return;
    if (change.table != RecordTable::Citations)
        m_records.remember(toString(change.table), change.key, rowId);
    std::string key = auditKey(change.table, after);
    m_applied.push_back(AppliedChange{ChangeOperation::Add, change.table, std::move(key), rowId, nullptr, std::move(after)});
    const auto citations = change.fields.is_object() ? change.fields.find("citations") : change.fields.end();
    if (change.table != RecordTable::Citations && citations != change.fields.end())
        addCitations(*citations, std::string(toString(change.table)), change.key);
}

void ChangeApplier::addCitations(const ordered_json &citations, const std::string &ownerTable,
                                 const std::string &ownerKey)
{
    if (!citations.is_array())
        return; // RecordCheck reported it
    for (const ordered_json &citation : citations) {
        const std::int64_t rowId = m_ids.next("citations");
        ordered_json after;
        if (!m_writer.citation(citation, rowId, true, ownerTable, ownerKey, &after))
            continue;
        std::string key = auditKey(RecordTable::Citations, after);
        m_applied.push_back(
            AppliedChange{ChangeOperation::Add, RecordTable::Citations, std::move(key), rowId, nullptr, std::move(after)});
    }
}

void ChangeApplier::update(const Change &change)
{
    const auto rowId = target(change);
    if (!rowId)
        return;
    const std::string name = Name::nameOf(change.table, change.key, *rowId);
    if (!change.fields.is_object()) {
        m_check.problem(name, "an update gives an object of fields to set");
        return;
    }
    const ordered_json before = current(change.table, *rowId);
    ordered_json after = before;
    for (const auto &[field, value] : change.fields.items()) {
        if (field == "id" && value != before.value("id", ordered_json())) {
            m_check.problem(name, "the id cannot be changed; merge into a new record instead");
            return;
        }
        after[field] = value;
    }
    // A citation moved from an entity to a tie (or back) names only its new owner.
    if (change.table == RecordTable::Citations && change.fields.contains("tie") != change.fields.contains("entity"))
        after.erase(change.fields.contains("tie") ? "entity" : "tie");
    if (after == before)
        return;
    if (change.table == RecordTable::Citations)
        m_writer.touchOwner(before);
    if (!m_writer.write(change.table, after, *rowId, false))
        return;
    // A moved citation is logged under its new owner.
    ordered_json written = current(change.table, *rowId);
    std::string key = auditKey(change.table, written);
    m_applied.push_back(
        AppliedChange{ChangeOperation::Update, change.table, std::move(key), *rowId, before, std::move(written)});
}

void ChangeApplier::remove(RecordTable table, std::int64_t rowId, bool touchOwner)
{
    // What goes with the record goes first, each as a step of its own, so the audit lists it
    // and the inverse brings it back.
    if (table == RecordTable::Entities) {
        for (const std::int64_t tie : m_records.tiesOf(rowId))
            remove(RecordTable::Ties, tie);
        for (const std::int64_t citation : m_records.citationsOf("entity_id", rowId))
            remove(RecordTable::Citations, citation);
    } else if (table == RecordTable::Ties) {
        // Its citations go with it: the tie need not stay cited (nor be looked up for that).
        for (const std::int64_t citation : m_records.citationsOf("tie_id", rowId))
            remove(RecordTable::Citations, citation, false);
        m_writer.forgetTie(rowId);
    } else if (table == RecordTable::Sources) {
        const long long uses = countOf(m_statements, "SELECT count(*) FROM citations WHERE source_id = ?", rowId);
        if (uses > 0) {
            m_check.problem(Name::nameOf(table, m_records.source(rowId)["id"].get<std::string>(), rowId),
                            "is cited by " + std::to_string(uses) +
                                (uses == 1 ? " citation" : " citations") + "; delete or re-point them first");
            return;
        }
    }
    const ordered_json before = current(table, rowId);
    const std::string key = auditKey(table, before);
    if (table != RecordTable::Citations)
        m_records.forget(toString(table), key);
    else if (touchOwner)
        m_writer.touchOwner(before);
    Statement &erase = m_statements.get("DELETE FROM \"" + std::string(toString(table)) + "\" WHERE id = ?");
    erase.bind(1, rowId);
    erase.run();
    m_applied.push_back(AppliedChange{ChangeOperation::Delete, table, key, rowId, before, nullptr});
}

void ChangeApplier::merge(const Change &change)
{
    const std::string name = Name::nameOf(RecordTable::Entities, change.key, 0);
    const auto merged = m_writer.resolve("entities", change.key, "merged", "entity", name);
    const auto into = m_writer.resolve("entities", change.into, "into", "entity", name);
    if (!merged || !into)
        return;
    if (*merged == *into) {
        m_check.problem(name, "cannot be merged into itself");
        return;
    }
    const ordered_json mergedBefore = m_records.entity(*merged, false);
    repointTies(*merged, *into, change.key, change.into);
    for (const std::int64_t citation : m_records.citationsOf("entity_id", *merged))
        update(Change{ChangeOperation::Update, RecordTable::Citations, {}, citation, {{"entity", change.into}}, {}});
    // Aliases united: the survivor's, then the merged entity's name, aliases and key, each once.
    const ordered_json survivor = m_records.entity(*into, false);
    ordered_json aliases = survivor["aliases"];
    const auto addAlias = [&aliases, &survivor](const ordered_json &alias) {
        if (alias != survivor["name"] && std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
            aliases.push_back(alias);
    };
    addAlias(mergedBefore["name"]);
    for (const ordered_json &alias : mergedBefore["aliases"])
        addAlias(alias);
    addAlias(mergedBefore["id"]);
    update(Change{ChangeOperation::Update, RecordTable::Entities, change.into, 0, {{"aliases", aliases}}, {}});
    remove(RecordTable::Entities, *merged);
    m_applied.push_back(AppliedChange{ChangeOperation::Merge, RecordTable::Entities, change.key, *merged, mergedBefore,
                                      m_records.entity(*into, false)});
}

void ChangeApplier::repointTies(std::int64_t merged, std::int64_t into, const std::string &mergedKey,
                                const std::string &intoKey)
{
    // Two statements re-point them all (one checked update per tie cost a third of a large
    // merge). Each tie still gets its own step: only its ends' keys change, so the record after
    // is the one before with them replaced, as the store reads it back. The fields were checked
    // when written, and `into` is a stored entity.
    for (const std::int64_t tie : m_records.tiesOf(merged)) {
        ordered_json before = m_records.tie(tie, false);
        ordered_json after = before;
        for (const char *end : {"from", "to"}) {
            if (after[end] == mergedKey)
                after[end] = intoKey;
        }
        m_writer.touchTie(tie);
        std::string key = before["id"].get<std::string>();
        m_applied.push_back(
            AppliedChange{ChangeOperation::Update, RecordTable::Ties, std::move(key), tie, std::move(before), std::move(after)});
    }
    for (const char *column : {"from_id", "to_id"}) {
        Statement &repoint = m_statements.get(std::string("UPDATE ties SET ") + column + " = ?1 WHERE " + column + " = ?2");
        repoint.bind(1, into);
        repoint.bind(2, merged);
        repoint.run();
    }
}

void ChangeApplier::checkTiesCited()
{
    for (const std::int64_t tie : m_writer.touchedTies()) {
        if (m_writer.citedTies().count(tie) != 0)
            continue; // given a citation that nothing took away since
        if (countOf(m_statements, "SELECT count(*) FROM ties WHERE id = ?", tie) == 0)
            continue;
        if (countOf(m_statements, "SELECT count(*) FROM citations WHERE tie_id = ?", tie) == 0)
            m_check.problem(Name::nameOf(RecordTable::Ties, m_records.tie(tie, false)["id"].get<std::string>(), tie),
                            DatasetValidator::uncitedTie());
    }
}

} // namespace tiescope
