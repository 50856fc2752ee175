// SPDX-License-Identifier: MIT
// One step of Play as the window takes it: the Time dock's ten-year window moved on by a year,
// the filter applied to the document and the scene (FilterController, SceneBinder), the labels
// placed, and one 1600x1000 frame of the window's canvas painted. GUI builds only
// (TIESCOPE_BENCH_RENDER); up to 100k ties (the target is 20 steps a second there).
#include "benchsuite.h"

#include <memory>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QUndoStack>

#include "app/filtercontroller.h"
#include "app/filterdock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/rangeslider.h"
#include "app/scenebinder.h"
#include "app/timedock.h"
#include "app/viewstate.h"
#include "benchdata.h"
#include "graph/tiegraph.h"
#include "layout/forceatlas2layout.h"
#include "layout/layoutrequest.h"
#include "model/dataset.h"
#include "render/graphscene.h"
#include "store/store.h"

namespace tiescope::bench {

namespace {

constexpr QSize PlayFrameSize(1600, 1000);
constexpr int WindowYears = 10; // as TimeDock's sweep

// The window's document, view state, scene, filter panels and canvas on the generated store.
struct PlayWindow
{
    explicit PlayWindow(std::size_t ties)
    {
        const std::string path = BenchData::storePath(ties);
        auto data = std::make_unique<Dataset>(Store::open(path, Store::Mode::ReadOnly).load());
        auto graph = std::make_unique<TieGraph>(*data);
        document.replace(QString::fromStdString(path), std::move(data), std::move(graph));
        filters.datasetOpened();
        filters.apply();
        // The picture a person sees after opening the store: the force layout (the window's
        // default), made once here outside any timing.
        LayoutRequest request;
        request.view = &document.view(); // every tie: nothing is filtered yet
        request.threads = 2;
        request.fresh = true;
        view.setPositions(ForceAtlas2Layout().run(request));
        canvas = std::make_unique<GraphCanvas>(&scene);
        canvas->setAttribute(Qt::WA_DontShowOnScreen);
        canvas->resize(PlayFrameSize);
        canvas->show();
        canvas->fitAll();
        scene.setViewScale(canvas->zoom());
    }

    bool application = ensureApplication();
    GraphDocument document;
    ViewState view{document};
    GraphScene scene;
    QUndoStack undo;
    SceneBinder binder{view, scene, undo};
    FilterDock filterDock;
    TimeDock timeDock;
    FilterController filters{document, scene, filterDock, timeDock};
    std::unique_ptr<GraphCanvas> canvas;
};

// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    std::size_t count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void registerPlay(std::size_t ties)
{
    if (ties > 100000)
        return;
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("play-step" + size).c_str(), [ties](benchmark::State &state) {
        PlayWindow w(ties);
        RangeSlider &slider = *w.timeDock.slider();
        const int first = slider.minimum();
        const int last = slider.maximum();
        if (last - first < WindowYears) {
            state.SkipWithError("the generated ties span too few years");
            return;
        }
        QImage image(PlayFrameSize, QImage::Format_ARGB32_Premultiplied);
        PaintCounter painted;
        w.canvas->viewport()->installEventFilter(&painted);
        int lower = first;
        std::size_t shown = 0;
        std::size_t byLoop = 0;
        const std::uint64_t placedBefore = w.scene.labelPlacements();
        for (auto _ : state) {
            lower = lower + WindowYears > last ? first : lower + 1;
            slider.setValues(lower, lower + WindowYears - 1);
            // What the step left for the event loop: labels placed, and the canvas repainted
            // as the window's is. Each step draws one frame: here only if the loop drew none.
            const std::size_t before = painted.count;
            QCoreApplication::processEvents();
            if (painted.count == before)
                w.canvas->viewport()->render(&image);
            else
                ++byLoop;
            shown += w.document.view().visibleTieCount();
        }
        state.counters["frames_by_loop"] =
            static_cast<double>(byLoop) / static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
        state.counters["ties_shown"] =
            static_cast<double>(shown) / static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
        state.counters["years"] = last - first + 1;
        // Labels placed once a step (a step that placed them twice would show here).
        state.counters["label_placements"] = static_cast<double>(w.scene.labelPlacements() - placedBefore) /
                                             static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
    })->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace tiescope::bench
