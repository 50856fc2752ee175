// SPDX-License-Identifier: MIT
// Edits as the window makes them (GraphDocument::edit: the store's transaction, the dataset and
// graph patched in memory, the view state, the canvas and the filter panels following): one
// added tie and its undo, a merge of two entities with many ties, and a bulk delete, each on a
// private copy of the generated store. Built only with the GUI, like the canvas benchmarks.
#include "benchsuite.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <unistd.h>

#include <benchmark/benchmark.h>

#include <QUndoStack>

#include <nlohmann/json.hpp>

#include "app/filtercontroller.h"
#include "app/filterdock.h"
#include "app/graphdocument.h"
#include "app/scenebinder.h"
#include "app/timedock.h"
#include "app/viewstate.h"
#include "benchdata.h"
#include "edit/changeset.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/graphscene.h"
#include "store/store.h"

namespace tiescope::bench {

namespace {

using nlohmann::ordered_json;

// A private copy of the generated store, removed with its -wal and -shm. It is the window's
// first member, so it goes last: SQLite checkpoints and removes the WAL only when its last
// connection closes on a file still in place; removed under an open connection, the file left
// its -wal and -shm behind, and the next copy at this path read a stale WAL index (pages of two
// stores mixed: the 10k-tie delete's undo found entities "not in the store").
struct StoreCopy
{
    explicit StoreCopy(std::size_t ties)
        : path((std::filesystem::temp_directory_path() /
                ("tiescope-bench-edit-" + std::to_string(::getpid()) + "-" + std::to_string(ties) + ".db"))
                   .string())
    {
        removeFiles();
        std::filesystem::copy_file(BenchData::storePath(ties), path, std::filesystem::copy_options::overwrite_existing);
    }
    ~StoreCopy() { removeFiles(); }
    StoreCopy(const StoreCopy &) = delete;
    StoreCopy &operator=(const StoreCopy &) = delete;

    void removeFiles() const
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path + suffix);
    }

    std::string path;
};

// The window's document with every part an edit reaches, on a copy of the store.
struct EditWindow
{
    explicit EditWindow(std::size_t ties) : copy(ties), path(copy.path)
    {
        auto data = std::make_unique<Dataset>(Store::open(path, Store::Mode::ReadOnly).load());
        auto graph = std::make_unique<TieGraph>(*data);
        document.replace(QString::fromStdString(path), std::move(data), std::move(graph));
        filters.datasetOpened();
        filters.apply();
        // The first edit opens the store read-write; a person has made one before timing starts.
        ChangeSet warmUp("warm up");
        warmUp.update(RecordTable::Entities, this->data().entities().front().key, {{"description", "warm"}});
        const ApplyResult done = document.edit(warmUp);
        if (done.ok())
            document.edit(done.inverse);
    }

    const Dataset &data() const { return document.dataset(); }

    ordered_json tie(const std::string &key, std::size_t from, std::size_t to) const
    {
        ordered_json record = {{"id", key},
                               {"from", data().entities()[from].key},
                               {"to", data().entities()[to].key},
                               {"domain", data().domains().front().key},
                               {"relation", data().relations().front().key},
                               {"start", "2010"},
                               {"status", "confirmed"}};
        record["citations"] = ordered_json::array(
            {{{"source", data().sources().front().key}, {"reliability", "B"}, {"credibility", 2}}});
        return record;
    }

    ApplyResult edit(const ChangeSet &changeSet, benchmark::State &state)
    {
        ApplyResult result = document.edit(changeSet);
        if (!result.ok() && !failed) {
            failed = true;
            state.SkipWithError(result.problems.front().toString().c_str());
        }
        return result;
    }

    StoreCopy copy; // first: destroyed after the document has closed the store
    std::string path;
    bool failed = false; // the benchmark stops at its first failed edit
    bool application = ensureApplication();
    GraphDocument document;
    ViewState view{document};
    GraphScene scene;
    QUndoStack undo;
    SceneBinder binder{view, scene, undo};
    FilterDock filterDock;
    TimeDock timeDock;
    FilterController filters{document, scene, filterDock, timeDock};
};

ChangeSet addOneTie(const EditWindow &w, std::size_t n)
{
    ChangeSet c("add a tie");
    const std::size_t entities = w.data().entities().size();
    c.add(RecordTable::Ties, w.tie("bench-added-" + std::to_string(n), n % entities, (n * 7 + 1) % entities));
    return c;
}

} // namespace

void registerEdits(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("edit-one" + size).c_str(), [ties](benchmark::State &state) {
        EditWindow w(ties);
        std::size_t n = 0;
        for (auto _ : state) {
            const ApplyResult result = w.edit(addOneTie(w, n++), state);
            if (w.failed)
                break;
            state.PauseTiming();
            w.edit(result.inverse, state);
            state.ResumeTiming();
        }
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("edit-undo" + size).c_str(), [ties](benchmark::State &state) {
        EditWindow w(ties);
        std::size_t n = 0;
        for (auto _ : state) {
            state.PauseTiming();
            const ApplyResult result = w.edit(addOneTie(w, n++), state);
            if (w.failed)
                break;
            state.ResumeTiming();
            w.edit(result.inverse, state);
        }
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    // Two entities with up to 1,000 ties each (a hundredth of the ties on smaller stores).
    benchmark::RegisterBenchmark(("edit-merge" + size).c_str(), [ties](benchmark::State &state) {
        EditWindow w(ties);
        const std::size_t degree = std::min<std::size_t>(1000, std::max<std::size_t>(1, ties / 100));
        const std::size_t entities = w.data().entities().size();
        for (auto _ : state) {
            state.PauseTiming();
            ChangeSet setup("two hubs");
            for (const char *hub : {"bench-hub-a", "bench-hub-b"}) {
                ordered_json entity = {{"id", hub}, {"name", hub}, {"kind", w.data().kinds().front().key}};
                setup.add(RecordTable::Entities, entity);
            }
            const ApplyResult hubs = w.edit(setup, state);
            ChangeSet tiesOfHubs("hub ties");
            const std::size_t a = entities;
            const std::size_t b = entities + 1;
            for (std::size_t i = 0; i < degree; ++i) {
                tiesOfHubs.add(RecordTable::Ties, w.tie("bench-hub-a-" + std::to_string(i), a, (i * 13) % entities));
                tiesOfHubs.add(RecordTable::Ties, w.tie("bench-hub-b-" + std::to_string(i), (i * 17) % entities, b));
            }
            const ApplyResult hubTies = w.edit(tiesOfHubs, state);
            ChangeSet merge("merge");
            merge.merge("bench-hub-a", "bench-hub-b");
            if (w.failed)
                break;
            state.ResumeTiming();
            const ApplyResult merged = w.edit(merge, state);
            state.PauseTiming();
            for (const ApplyResult *undo : {&merged, &hubTies, &hubs})
                w.edit(undo->inverse, state);
            if (w.failed)
                break;
            state.ResumeTiming();
        }
        state.counters["ties_each"] = static_cast<double>(degree);
    })->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

    // Every tenth tie, up to 10,000 of them, in one change-set.
    benchmark::RegisterBenchmark(("edit-delete" + size).c_str(), [ties](benchmark::State &state) {
        EditWindow w(ties);
        const std::size_t count = std::min<std::size_t>(10000, std::max<std::size_t>(1, ties / 10));
        for (auto _ : state) {
            state.PauseTiming();
            ChangeSet remove("delete ties");
            for (std::size_t i = 0; i < count; ++i)
                remove.remove(RecordTable::Ties, w.data().ties()[i * 10 % w.data().ties().size()].key);
            state.ResumeTiming();
            const ApplyResult removed = w.edit(remove, state);
            if (w.failed)
                break;
            state.PauseTiming();
            w.edit(removed.inverse, state);
            if (w.failed)
                break;
            state.ResumeTiming();
        }
        state.counters["ties_deleted"] = static_cast<double>(count);
    })->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
}

} // namespace tiescope::bench
