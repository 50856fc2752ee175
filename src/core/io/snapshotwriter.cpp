// SPDX-License-Identifier: MIT
#include "io/snapshotwriter.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "io/jsonstreamwriter.h"
#include "io/snapshotjson.h"
#include "io/snapshotrecords.h"

namespace tiescope {

namespace {

// A Snapshot value seen as records.
class ValueRecords final : public SnapshotRecords
{
public:
    explicit ValueRecords(const Snapshot &snapshot) : m_snapshot(snapshot) {}

    [[nodiscard]] const Snapshot &summary() const override { return m_snapshot; }
    void forEachEntity(const std::function<void(const Snapshot::Entity &)> &visit) const override
    {
        for (const Snapshot::Entity &e : m_snapshot.entities)
            visit(e);
    }
    void forEachTie(const std::function<void(const Snapshot::Tie &)> &visit) const override
    {
        for (const Snapshot::Tie &t : m_snapshot.ties)
            visit(t);
    }
    void forEachSource(const std::function<void(const Source &)> &visit) const override
    {
        for (const Source &s : m_snapshot.sources)
            visit(s);
    }
    void forEachPosition(const std::function<void(const std::string &, const Point &)> &visit) const override
    {
        for (const auto &[key, p] : m_snapshot.positions)
            visit(key, p);
    }

private:
    const Snapshot &m_snapshot;
};

} // namespace

void SnapshotWriter::write(const Snapshot &snapshot, std::ostream &out)
{
    write(ValueRecords(snapshot), out);
}

void SnapshotWriter::write(const SnapshotRecords &records, std::ostream &out)
{
    const Snapshot &summary = records.summary();
    // The small parts first, so what they cannot hold is refused before anything is written.
    const SnapshotJson::Json filter = SnapshotJson::filter(summary.filter);
    const SnapshotJson::Json view = summary.view ? SnapshotJson::view(*summary.view) : SnapshotJson::Json();

    JsonStreamWriter json(out);
    json.beginObject();
    json.member("format", Snapshot::Format);
    json.member("format_version", summary.view ? 3 : 1);
    json.member("generator", summary.generator);
    json.member("created_at", summary.createdAt);
    json.member("dataset", SnapshotJson::dataset(summary));
    json.member("filter", filter);
    json.key("entities");
    json.beginArray();
    records.forEachEntity([&json](const Snapshot::Entity &e) { json.value(SnapshotJson::entity(e)); });
    json.end();
    json.key("ties");
    json.beginArray();
    records.forEachTie([&json](const Snapshot::Tie &t) { json.value(SnapshotJson::tie(t)); });
    json.end();
    json.key("sources");
    json.beginArray();
    records.forEachSource([&json](const Source &s) { json.value(SnapshotJson::source(s)); });
    json.end();
    bool positions = false; // opened at the first one: the format leaves an empty list out
    records.forEachPosition([&json, &positions](const std::string &key, const Point &p) {
        if (!positions) {
            json.key("positions");
            json.beginObject();
            positions = true;
        }
        json.member(key, SnapshotJson::position(p));
    });
    if (positions)
        json.end();
    if (summary.view)
        json.member("view", view);
    json.end();
}

} // namespace tiescope
