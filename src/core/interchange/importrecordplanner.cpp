// SPDX-License-Identifier: MIT
#include "interchange/importrecordplanner.h"

#include <algorithm>
#include <charconv>

#include "edit/recordcheck.h"
#include "interchange/importdates.h"
#include "interchange/importkey.h"
#include "interchange/importtext.h"
#include "model/dataset.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

// A vocabulary entry named by its key, its key's spelling in the file, or its label.
template <typename Item>
std::optional<std::string> findTerm(const std::vector<Item> &items, const std::string &text)
{
    const std::string key = ImportKey::of(text);
    for (const Item &item : items) {
        if (item.key == text || item.key == key || ImportText::lower(item.label) == ImportText::lower(text))
            return item.key;
    }
    return std::nullopt;
}

template <typename Item>
std::string termList(const std::vector<Item> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < 12; ++i)
        text += (i ? ", " : "") + items[i].key;
    return items.size() > 12 ? text + ", ..." : text;
}

// The citations as the record's array, moved there, not copied.
ordered_json arrayOf(std::vector<ordered_json> &&items)
{
    return ordered_json(ordered_json::array_t(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end())));
}

ordered_json textOrNull(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

bool cited(const std::vector<Citation> &existing, const Dataset &store, const ordered_json &citation)
{
    return std::any_of(existing.begin(), existing.end(), [&](const Citation &c) {
        return store.source(c.source).key == citation["source"].get<std::string>() &&
               c.locator == citation["locator"].get<std::string>();
    });
}

} // namespace

ImportRecordPlanner::ImportRecordPlanner(const Dataset &store, const ImportSpec &spec)
    : m_store(store),
      m_spec(spec),
      m_citations(spec)
{
    m_plan.changeSet.setLabel("import");
}

// The store's vocabulary does not change while an import is planned: each spelling is looked
// up once (comparing labels lower-cased, item by item, was a few per cent of a large import).
template <typename Item>
const std::optional<std::string> &ImportRecordPlanner::lookup(const std::vector<Item> &items, const std::string &text)
{
    auto &found = m_terms[&items];
    auto it = found.find(text);
    if (it == found.end())
        it = found.emplace(text, findTerm(items, text)).first;
    return it->second;
}

bool ImportRecordPlanner::known(const std::string &source) const
{
    return m_store.findSource(source).has_value() || m_newSources.count(source) != 0;
}

void ImportRecordPlanner::bad(const ImportRow &row, const std::string &column, std::string reason)
{
    m_plan.badRows.push_back({row.file, row.line, column, std::move(reason)});
}

void ImportRecordPlanner::note(const char *table, const std::string &key, ImportPlan::Outcome outcome, const std::string &file,
          std::size_t line, std::string detail)
{
    ImportPlan::Counts &counts = table[0] == 'e' ? m_plan.entities : table[0] == 't' ? m_plan.ties : m_plan.sources;
    ++(outcome == ImportPlan::Outcome::New         ? counts.added
       : outcome == ImportPlan::Outcome::Updated   ? counts.updated
       : outcome == ImportPlan::Outcome::Unchanged ? counts.unchanged
                                                   : counts.conflicting);
    if (m_rowLimit && (outcome == ImportPlan::Outcome::Unchanged || m_plan.rows.size() >= *m_rowLimit)) {
        if (outcome != ImportPlan::Outcome::Unchanged)
            ++m_plan.rowsLeftOut;
        return;
    }
    m_plan.rows.push_back({table, key, outcome, file, line, std::move(detail)});
}

std::optional<std::string> ImportRecordPlanner::key(const ImportRow &row, const std::string &raw, const std::string &column,
                               std::unordered_map<std::string, std::size_t> &seen)
{
    const std::string key = ImportKey::of(raw);
    if (key.empty()) {
        bad(row, column, "no usable key (\"" + raw + "\")");
        return std::nullopt;
    }
    if (const auto first = seen.find(key); first != seen.end()) {
        bad(row, column, "duplicate key \"" + key + "\" (first on line " + std::to_string(first->second) + ")");
        return std::nullopt;
    }
    seen.emplace(key, row.line);
    return key;
}

void ImportRecordPlanner::defaultSource()
{
    if (m_spec.newSource && !known(m_spec.defaultSource)) {
        m_plan.changeSet.add(RecordTable::Sources, *m_spec.newSource);
        m_newSources.insert(m_spec.defaultSource);
        note("source", m_spec.defaultSource, ImportPlan::Outcome::New, {}, 0, "the default source");
    }
}

void ImportRecordPlanner::source(const ImportRow &row)
{
    const auto id = key(row, row.value("id"), row.column("id"), m_sourceLines);
    if (!id)
        return;
    if (m_store.findSource(*id)) {
        note("source", *id, ImportPlan::Outcome::Unchanged, row.file, row.line, {});
        return;
    }
    ordered_json record = {{"id", *id},
                           {"title", row.value("title")},
                           {"author", row.value("author")},
                           {"publisher", textOrNull(row.value("publisher"))},
                           {"date", textOrNull(row.value("date"))},
                           {"kind", row.value("kind")},
                           {"url", textOrNull(row.value("url"))}};
    auto checked = passes(row, [&](RecordCheck &check) { return check.source(record); });
    if (!checked)
        return;
    m_plan.changeSet.add(RecordTable::Sources, std::move(record), m_keepDrafts ? std::move(checked) : nullptr);
    m_newSources.insert(*id);
    note("source", *id, ImportPlan::Outcome::New, row.file, row.line, {});
}

void ImportRecordPlanner::entity(const ImportRow &row)
{
    const bool hasId = !row.value("id").empty();
    const auto id =
        key(row, hasId ? row.value("id") : row.value("name"), row.column(hasId ? "id" : "name"), m_entityLines);
    if (!id)
        return;
    const auto existing = m_store.findEntity(*id);
    const Entity *old = existing ? &m_store.entity(*existing) : nullptr;
    const std::size_t before = m_plan.badRows.size();
    const std::string kindText = row.value("kind").empty() && !old ? m_spec.defaultKind : row.value("kind");
    std::optional<std::string> kind = old ? std::optional(m_store.kind(old->kind).key) : std::nullopt;
    if (!kindText.empty() && !(kind = lookup(m_store.kinds(), kindText)))
        bad(row, row.column("kind"), "unknown kind \"" + kindText + "\" (kinds: " + termList(m_store.kinds()) + ")");
    else if (!kind)
        bad(row, row.column("kind"), "no kind (map a kind column or give a default kind)");
    auto citations = m_citations.of(
        row, "entity", *id, [this](const std::string &s) { return known(s); }, m_plan.badRows);
    // The record as it would be: the row's fields over the store's.
    ordered_json record = {{"id", *id}};
    const auto given = [&](const char *field) { return row.has(field) || !old; };
    record["name"] = !row.value("name").empty() ? row.value("name") : old ? old->name : row.value("id");
    record["kind"] = kind.value_or("");
    record["country"] = textOrNull(given("country") ? ImportText::upper(row.value("country")) : old->country);
    record["aliases"] = given("aliases") ? ImportText::split(row.value("aliases")) : old->aliases;
    record["description"] = given("description") ? row.value("description") : old->description;
    record["citations"] = old ? ordered_json::array() : arrayOf(std::move(citations)); // used again only when old
    std::shared_ptr<const CheckedDraft> checked;
    if (m_plan.badRows.size() != before ||
        !(checked = passes(row, [&](RecordCheck &check) { return check.entity(record); }))) {
        m_badEntities.insert(*id);
        return;
    }
    m_goodEntities.insert(*id);
    if (!old) {
        m_plan.changeSet.add(RecordTable::Entities, std::move(record), m_keepDrafts ? std::move(checked) : nullptr);
        note("entity", *id, ImportPlan::Outcome::New, row.file, row.line, {});
        return;
    }
    if (*kind != m_store.kind(old->kind).key) {
        note("entity", *id, ImportPlan::Outcome::Conflicting, row.file, row.line,
             "the store has it as a " + m_store.kind(old->kind).key + ", this row as a " + *kind);
        return;
    }
    const ordered_json was = {{"name", old->name},
                              {"country", textOrNull(old->country)},
                              {"aliases", old->aliases},
                              {"description", old->description}};
    ordered_json fields = ordered_json::object();
    for (const auto &[field, value] : was.items()) {
        if (record[field] != value)
            fields[field] = record[field];
    }
    changed(RecordTable::Entities, "entity", *id, row, std::move(fields), citations, old->citations);
}

void ImportRecordPlanner::changed(RecordTable table, const char *name, const std::string &id, const ImportRow &row,
                      ordered_json fields, const std::vector<ordered_json> &citations,
                      const std::vector<Citation> &existing)
{
    std::string detail;
    for (const auto &[field, value] : fields.items())
        detail += (detail.empty() ? "" : ", ") + field;
    std::vector<ordered_json> added;
    for (const ordered_json &citation : citations) {
        if (!cited(existing, m_store, citation))
            added.push_back(citation);
    }
    if (!added.empty())
        detail += (detail.empty() ? "" : ", ") + std::to_string(added.size()) + " citation(s)";
    if (detail.empty()) {
        note(name, id, ImportPlan::Outcome::Unchanged, row.file, row.line, {});
        return;
    }
    if (!fields.empty())
        m_plan.changeSet.update(table, id, std::move(fields));
    for (ordered_json &citation : added) {
        citation[name] = id;
        m_plan.changeSet.addCitation(std::move(citation));
    }
    note(name, id, ImportPlan::Outcome::Updated, row.file, row.line, detail);
}

bool ImportRecordPlanner::endpoint(const ImportRow &row, const std::string &field, const std::string &key)
{
    const std::string column = row.column(field);
    if (key.empty()) {
        bad(row, column, "no entity named");
        return false;
    }
    if (m_goodEntities.count(key) || m_store.findEntity(key))
        return true;
    if (m_badEntities.count(key)) {
        bad(row, column, "entity \"" + key + "\" is a bad row itself");
        return false;
    }
    const auto kind = m_spec.defaultKind.empty() ? std::nullopt : lookup(m_store.kinds(), m_spec.defaultKind);
    if (!kind) {
        bad(row, column,
            "unknown entity \"" + key +
                "\": not in the store nor among the entity rows (give a default "
                "kind to create the entities an edge list names)");
        return false;
    }
    m_plan.changeSet.add(RecordTable::Entities, {{"id", key},
                                                 {"name", row.value(field)},
                                                 {"kind", *kind},
                                                 {"country", nullptr},
                                                 {"aliases", ordered_json::array()},
                                                 {"description", ""},
                                                 {"citations", ordered_json::array()}});
    m_goodEntities.insert(key);
    note("entity", key, ImportPlan::Outcome::New, row.file, row.line, "an end of a tie no entity row lists");
    return true;
}

// The vocabulary key a row's cell names, else the default; a bad row when neither is known.
template <typename Item>
std::optional<std::string> ImportRecordPlanner::term(const ImportRow &row, const char *field, const std::string &fallback,
                                         const std::vector<Item> &items, const char *what)
{
    const std::string text = row.value(field).empty() ? fallback : row.value(field);
    if (text.empty()) {
        bad(row, row.column(field), std::string("no ") + what + " (map a column or give a default " + what + ")");
        return std::nullopt;
    }
    const auto &found = lookup(items, text);
    if (!found)
        bad(row, row.column(field),
            "unknown " + std::string(what) + " \"" + text + "\" (" + what + "s: " + termList(items) + ")");
    return found;
}

void ImportRecordPlanner::tie(const ImportRow &row)
{
    const std::size_t before = m_plan.badRows.size();
    const std::string from = ImportKey::of(row.value("from")), to = ImportKey::of(row.value("to"));
    // Both ends are checked, so that a row with two unknown ends reports both.
    const bool fromKnown = endpoint(row, "from", from);
    const bool toKnown = endpoint(row, "to", to);
    const bool ends = fromKnown && toKnown;
    const auto relation = term(row, "relation", m_spec.defaultRelation, m_store.relations(), "relation");
    const auto domain = term(row, "domain", m_spec.defaultDomain, m_store.domains(), "domain");
    if (!ends || !relation || !domain)
        return;
    std::string raw = row.value("id");
    if (raw.empty()) {
        raw = from + "-" + *relation + "-" + to;
        if (const int n = ++m_derived[raw]; n > 1)
            raw += "-" + std::to_string(n);
    }
    const auto id = key(row, raw, row.column("id"), m_tieLines);
    if (!id)
        return;
    ordered_json record = {{"id", *id}, {"from", from}, {"to", to}, {"domain", *domain}, {"relation", *relation}};
    for (const char *field : {"start", "end"}) {
        const auto date = ImportDates::toEdtf(row.value(field), m_spec.dateFormat);
        if (!date.error.empty())
            bad(row, row.column(field), date.error);
        record[field] = date.edtf ? ordered_json(*date.edtf) : ordered_json(nullptr);
    }
    record["status"] =
        row.value("status").empty() ? "confirmed" : ImportText::lower(ImportText::trimmed(row.value("status")));
    record["strength"] = nullptr;
    if (const std::string text(ImportText::trimmed(row.value("strength"))); !text.empty()) {
        double value = 0;
        const auto [ptr, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || ptr != text.data() + text.size())
            bad(row, row.column("strength"), "\"" + text + "\" is not a number (0 to 1)");
        else
            record["strength"] = value;
    }
    record["note"] = row.value("note");
    const auto existing = m_store.findTie(*id);
    // GraphML and GEXF write the relation's default for an unset strength: read it back as unset,
    // unless the store's tie has it set.
    const double fallback = m_store.relation(*m_store.findRelation(*relation)).defaultStrength;
    if (record["strength"] == fallback && !(existing && m_store.tie(*existing).strength))
        record["strength"] = nullptr;
    auto citations = m_citations.of(
        row, "tie", *id, [this](const std::string &s) { return known(s); }, m_plan.badRows);
    if (citations.empty() && !existing && m_plan.badRows.size() == before)
        bad(row, row.column("source"),
            "no source: a tie is never stored uncited (map a source column, or give a "
            "default source and grade)");
    // An existing tie's citations are compared with the store's below; a new one's are moved.
    record["citations"] = existing ? ordered_json(citations) : arrayOf(std::move(citations));
    std::shared_ptr<const CheckedDraft> checked;
    if (m_plan.badRows.size() != before ||
        !(checked = passes(row, [&](RecordCheck &check) { return check.tie(record); })))
        return;
    if (!existing) {
        m_plan.changeSet.add(RecordTable::Ties, std::move(record), m_keepDrafts ? std::move(checked) : nullptr);
        note("tie", *id, ImportPlan::Outcome::New, row.file, row.line, {});
        return;
    }
    const Tie &old = m_store.tie(*existing);
    const std::string oldFrom = m_store.entity(old.from).key, oldTo = m_store.entity(old.to).key;
    if (oldFrom != from || oldTo != to) {
        note("tie", *id, ImportPlan::Outcome::Conflicting, row.file, row.line,
             "the store's tie joins " + oldFrom + " and " + oldTo + ", this row " + from + " and " + to);
        return;
    }
    const ordered_json was = {{"domain", m_store.domain(old.domain).key},
                              {"relation", m_store.relation(old.relation).key},
                              {"start", old.start ? ordered_json(old.start->toString()) : ordered_json(nullptr)},
                              {"end", old.end ? ordered_json(old.end->toString()) : ordered_json(nullptr)},
                              {"status", std::string(toString(old.status))},
                              {"strength", old.strength ? ordered_json(*old.strength) : ordered_json(nullptr)},
                              {"note", old.note}};
    ordered_json fields = ordered_json::object();
    for (const auto &[field, value] : was.items()) {
        if (row.has(field) && record[field] != value)
            fields[field] = record[field];
    }
    changed(RecordTable::Ties, "tie", *id, row, std::move(fields), citations, old.citations);
}

} // namespace tiescope
