// SPDX-License-Identifier: MIT
// open-picture: the real window opens a store that keeps its last picture (the force layout's
// positions, saved as the window saves them). Timed from the data being read (the loader's
// `replacing`, on the UI thread) to the end of the first frame the canvas paints: the scene
// built, the filter applied, the kept positions read and set, the view fitted, one frame drawn.
// How long the worker took to read the store is a counter beside it.
#include "benchsuite.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QWindow>

#include "app/documentloader.h"
#include "app/graphcanvas.h"
#include "app/mainwindow.h"
#include "benchdata.h"
#include "model/dataset.h"
#include "render/graphscene.h"
#include "store/store.h"
#include "store/storedposition.h"

namespace tiescope::bench {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// A copy of the generated store that keeps the force layout's picture.
std::string storeWithPicture(std::size_t ties)
{
    const auto &loaded = BenchData::loaded(ties);
    const std::vector<Point> &positions = laidOut(ties);
    const std::string path = BenchData::directory() + "/open-" + std::to_string(ties) + ".db";
    std::filesystem::remove(path);
    std::filesystem::copy_file(BenchData::storePath(ties), path);
    Store store = Store::open(path, Store::Mode::ReadWrite);
    std::vector<StoredPosition> rows;
    rows.reserve(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        rows.push_back({loaded.data.entities()[i].rowId, positions[i].x, positions[i].y, false});
    store.savePositions("force", rows);
    return path;
}

} // namespace

void registerOpen(std::size_t ties)
{
    benchmark::RegisterBenchmark(("open-picture/" + std::to_string(ties)).c_str(), [ties](benchmark::State &state) {
        ensureApplication();
        // The window's settings and session go to a folder of the bench, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        const QString config = QString::fromStdString(BenchData::directory()) + QStringLiteral("/open-config");
        QDir(config).removeRecursively();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
        const std::string path = storeWithPicture(ties);
        const std::vector<Point> &kept = laidOut(ties);
        double readMs = 0.0, placements = 0.0;
        bool pictureKept = true;
        for (auto _ : state) {
            MainWindow window;
            window.resize(1600, 1000);
            window.show(); // on the offscreen platform: laid out and exposed as on a screen
            while (!window.windowHandle()->isExposed())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            QCoreApplication::processEvents();
            Clock::time_point asked = Clock::now(), read;
            bool loaded = false, failed = false;
            QObject::connect(&window.loader(), &DocumentLoader::replacing, [&] { read = Clock::now(); });
            QObject::connect(&window.loader(), &DocumentLoader::loaded, [&] { loaded = true; });
            QObject::connect(&window.loader(), &DocumentLoader::failed, [&] { failed = true; });
            window.openDatabase(QString::fromStdString(path), false);
            while (!loaded && !failed)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (failed) {
                state.SkipWithError("the store did not open");
                break;
            }
            QCoreApplication::processEvents(); // what the window queued on opening
            window.canvas().viewport()->repaint();
            const Clock::time_point painted = Clock::now();
            state.SetIterationTime(msBetween(read, painted) / 1000.0);
            readMs += msBetween(asked, read);
            placements += static_cast<double>(window.scene().labelPlacements());
            const std::vector<Point> shown = window.scene().positions();
            pictureKept = pictureKept && shown.size() == kept.size() && !shown.empty() &&
                          shown.front().x == kept.front().x && shown.back().y == kept.back().y;
        }
        if (!pictureKept)
            state.SkipWithError("the window did not show the kept picture (it laid the store out again)");
        const double n = static_cast<double>(std::max<std::int64_t>(state.iterations(), 1));
        state.counters["read_ms"] = readMs / n; // the worker reading the store, before the timed part
        state.counters["label_placements"] = placements / n; // from the window's start
        state.counters["entities"] = static_cast<double>(kept.size());
        std::filesystem::remove(path);
    })->Unit(benchmark::kMillisecond)->UseManualTime();
}

} // namespace tiescope::bench
