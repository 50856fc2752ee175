// SPDX-License-Identifier: MIT
// The canvas: building the scene, applying a filter to it, painting one frame of the window's
// view (fitted, and zoomed in) and exporting a PNG, on the offscreen platform. Built only
// with the GUI (TIESCOPE_BUILD_GUI), since it needs the renderer and Qt.
#include "benchsuite.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <utility>

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include "app/graphcanvas.h"
#include "benchdata.h"
#include "graph/tiegraph.h"
#include "layout/forceatlas2layout.h"
#include "layout/layoutrequest.h"
#include "render/entityitem.h"
#include "render/exportoptions.h"
#include "render/graphscene.h"
#include "render/sceneexporter.h"

namespace tiescope::bench {

namespace {

// The frame the bench paints: a large desktop canvas.
constexpr QSize FrameSize(1600, 1000);
constexpr double ZoomedIn = 4.0;

} // namespace

namespace {

std::unique_ptr<QApplication> &application()
{
    static std::unique_ptr<QApplication> instance;
    return instance;
}

} // namespace

void releaseApplication()
{
    application().reset();
}

bool ensureApplication()
{
    static const bool made = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "tiescope-bench";
        static char *argv[] = {name, nullptr};
        application() = std::make_unique<QApplication>(argc, argv);
        return true;
    }();
    return made && application() != nullptr;
}

// Computed once per size outside any timing: the picture a person sees after opening the store.
const std::vector<Point> &laidOut(std::size_t ties)
{
    static std::map<std::size_t, std::vector<Point>> cache;
    auto it = cache.find(ties);
    if (it == cache.end()) {
        const auto &loaded = BenchData::loaded(ties);
        LayoutRequest request;
        request.view = loaded.all.get();
        request.threads = 2;
        request.fresh = true;
        it = cache.emplace(ties, ForceAtlas2Layout().run(request)).first;
    }
    return it->second;
}

namespace {

// A scene of every entity and tie, laid out, with the real window canvas on it.
struct Canvas
{
    explicit Canvas(std::size_t ties)
    {
        const auto &loaded = BenchData::loaded(ties);
        scene.setGraph(loaded.graph.get());
        scene.setPositions(laidOut(ties));
        canvas = std::make_unique<GraphCanvas>(&scene);
        canvas->setAttribute(Qt::WA_DontShowOnScreen);
        // The frame is the whole 1600x1000 image: no room taken by scroll bars.
        canvas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas->resize(FrameSize);
        canvas->show();
        canvas->refreshLegend(); // the window's canvas exists before its data: it has a legend
        canvas->fitAll();
        // The canvas tells the scene its zoom after a short delay; here at once.
        scene.setViewScale(canvas->zoom());
    }

    bool application = ensureApplication(); // before the scene: Qt objects need it
    GraphScene scene;
    std::unique_ptr<GraphCanvas> canvas;
};

void addShown(benchmark::State &state, const GraphScene &scene)
{
    std::size_t entities = 0;
    std::size_t labels = 0;
    for (std::size_t i = 0; scene.graph() && i < scene.graph()->entityCount(); ++i) {
        const EntityItem *item = scene.entityItem(EntityId(i));
        entities += item->isVisible() ? 1 : 0;
        labels += item->isVisible() && item->labelAnchor() != LabelAnchor::Hidden ? 1 : 0;
    }
    state.counters["entities"] = static_cast<double>(entities);
    state.counters["labels"] = static_cast<double>(labels);
}

// How each frame differs from the one before: what a cache of the last frame can reuse.
enum class Motion
{
    Zoom, // the zoom alternates between two levels 0.1% apart: nothing can be reused (cold)
    Pan,  // the view moves by PanPixels: the part still in view can be
    ZoomPreview // as Zoom, during a zoom: the ties are the last sharp frame's, scaled
};
constexpr int PanPixels = 50;
constexpr int PanSteps = 8; // then back the other way, to stay inside the scene

void paintFrames(benchmark::State &state, std::size_t ties, double zoom, Motion motion)
{
    Canvas c(ties);
    if (zoom != 1.0) {
        c.canvas->setZoomAndCentre(c.canvas->zoom() * zoom, c.scene.shownBounds().center());
        c.scene.setViewScale(c.canvas->zoom());
    }
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (c.canvas->viewport()->size() != FrameSize) {
        state.SkipWithError("the canvas's viewport is not the frame's size");
        return;
    }
    const double level = c.canvas->zoom();
    const QPointF centre = c.canvas->mapToScene(c.canvas->viewport()->rect().center());
    QScrollBar *scroll = c.canvas->horizontalScrollBar();
    const int start = scroll->value();
    if (motion == Motion::ZoomPreview) {
        c.canvas->viewport()->render(&image); // the sharp picture the zoom starts from
        c.scene.setZoomPreview(true);
    }
    std::int64_t frame = 0;
    bool moved = false;
    for (auto _ : state) {
        if (motion != Motion::Pan) {
            c.canvas->setZoomAndCentre(frame % 2 == 0 ? level : level * 1.001, centre);
        } else {
            // Out PanSteps frames, back PanSteps: each frame 50 px from the one before.
            const std::int64_t phase = frame % (2 * PanSteps);
            const std::int64_t out = phase < PanSteps ? phase + 1 : 2 * PanSteps - phase - 1;
            scroll->setValue(start + static_cast<int>(out) * PanPixels);
            moved = moved || scroll->value() != start;
        }
        ++frame;
        // What a repaint of the window does: the view draws background, items and legend.
        c.canvas->viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    // (Every 16th frame is back at the start: whether the view moved is asked of each.)
    if (motion == Motion::Pan && !moved)
        state.SkipWithError("the view did not move");
    addShown(state, c.scene);
    state.counters["zoom"] = c.canvas->zoom();
    // To look at what was measured: TIESCOPE_BENCH_FRAMES=DIR keeps the last frame as a PNG.
    if (const QString frames = qEnvironmentVariable("TIESCOPE_BENCH_FRAMES"); !frames.isEmpty()) {
        image.save(QStringLiteral("%1/frame-%2-%3%4.png")
                       .arg(frames)
                       .arg(ties)
                       .arg(motion == Motion::Pan ? "pan-" : motion == Motion::ZoomPreview ? "preview-" : "")
                       .arg(zoom == 1.0 ? "fit" : "zoom"));
    }
}

} // namespace

void registerRender(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("render-build" + size).c_str(), [ties](benchmark::State &state) {
        ensureApplication();
        const auto &loaded = BenchData::loaded(ties);
        const std::vector<Point> &positions = laidOut(ties);
        GraphScene scene;
        double settle = 0.0, teardown = 0.0;
        for (auto _ : state) {
            scene.setGraph(loaded.graph.get());
            scene.setPositions(positions);
            state.PauseTiming(); // tearing down is not building, but a person waits for it too
            auto start = std::chrono::steady_clock::now();
            QCoreApplication::processEvents(); // what the event loop does next: polish, index
            settle += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            start = std::chrono::steady_clock::now();
            scene.setGraph(nullptr);
            teardown += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            state.ResumeTiming();
        }
        const double n = static_cast<double>(std::max<std::int64_t>(state.iterations(), 1));
        // After the build the event loop polishes and indexes the new items: the window waits.
        state.counters["settle_ms"] = settle / n;
        // What closing the store (or opening another) costs: every item deleted.
        state.counters["teardown_ms"] = teardown / n;
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("render-filter" + size).c_str(), [ties](benchmark::State &state) {
        Canvas c(ties);
        const auto &loaded = BenchData::loaded(ties);
        const GraphView filtered = BenchData::filtered(*loaded.graph);
        const EntityItem *first = c.scene.entityItem(EntityId(0));
        // Alternately the filter and no filter, as a person toggling it: both are filter changes.
        bool on = false;
        for (auto _ : state) {
            on = !on;
            c.scene.setView(on ? filtered : *loaded.all);
        }
        // A filter change keeps the scene's items: the first entity is still the same object.
        state.counters["items_kept"] = c.scene.entityItem(EntityId(0)) == first ? 1.0 : 0.0;
        state.counters["visible_ties"] = static_cast<double>(filtered.visibleTieCount());
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("render-hit" + size).c_str(), [ties](benchmark::State &state) {
        Canvas c(ties);
        const auto &loaded = BenchData::loaded(ties);
        // Where a person points: the middle of a tie (every 97th), then what is under it.
        std::vector<QPointF> points;
        for (std::size_t i = 0; i < loaded.graph->tieCount(); i += 97)
            points.push_back(c.scene.tieMidpoint(TieId(i)));
        benchmark::DoNotOptimize(c.scene.tieAt(points.front())); // the index is built on first use
        std::size_t found = 0;
        std::size_t next = 0;
        for (auto _ : state) {
            found += c.scene.tieAt(points[next]).has_value() ? 1 : 0;
            next = (next + 1) % points.size();
        }
        state.counters["found"] = static_cast<double>(found) / static_cast<double>(std::max<std::size_t>(state.iterations(), 1));
    })->Unit(benchmark::kMicrosecond)->UseRealTime();

    // Cold frames (the zoom changes every frame, so no frame can reuse the last one's pixels),
    // then frames of a pan (the view moved by 50 px), fitted and zoomed in.
    const std::pair<const char *, std::pair<double, Motion>> frames[] = {
        {"render-frame-fit", {1.0, Motion::Zoom}},
        {"render-frame-zoom", {ZoomedIn, Motion::Zoom}},
        {"render-frame-zoom-preview", {ZoomedIn, Motion::ZoomPreview}},
        {"render-frame-pan-fit", {1.0, Motion::Pan}},
        {"render-frame-pan-zoom", {ZoomedIn, Motion::Pan}},
    };
    for (const auto &[name, how] : frames) {
        benchmark::RegisterBenchmark(
            (name + size).c_str(),
            [ties, how = how](benchmark::State &state) { paintFrames(state, ties, how.first, how.second); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }

    // The pointer moves from one entity onto another on the fitted picture: the scene dims what
    // is not the hovered one's neighbourhood (and names it), then a frame is drawn.
    benchmark::RegisterBenchmark(("render-hover" + size).c_str(), [ties](benchmark::State &state) {
        Canvas c(ties);
        QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
        const std::uint64_t placedBefore = c.scene.labelPlacements();
        std::uint32_t next = 0;
        for (auto _ : state) {
            c.scene.setHovered(EntityId(next));
            next = next == 0 ? 1 : 0;
            c.canvas->viewport()->render(&image);
            benchmark::DoNotOptimize(image.constBits());
        }
        state.counters["label_placements"] =
            static_cast<double>(c.scene.labelPlacements() - placedBefore) /
            static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
        addShown(state, c.scene);
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("export-png" + size).c_str(), [ties](benchmark::State &state) {
        ensureApplication();
        const auto &loaded = BenchData::loaded(ties);
        GraphScene scene;
        scene.setGraph(loaded.graph.get());
        scene.setPositions(laidOut(ties));
        // Not next to the stores: those may be shared and read-only.
        const QString path = QString::fromStdString(
            (std::filesystem::temp_directory_path() / ("tiescope-bench-" + std::to_string(ties) + ".png")).string());
        const ExportOptions options; // the export dialog's default size
        QString error;
        for (auto _ : state) {
            if (!SceneExporter::writePng(scene, options, path, &error)) {
                state.SkipWithError(error.toStdString().c_str());
                return;
            }
        }
        state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path.toStdString()));
        if (!std::getenv("TIESCOPE_BENCH_KEEP_PNG"))
            std::filesystem::remove(path.toStdString());
    })->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace tiescope::bench
