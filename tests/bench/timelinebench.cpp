// SPDX-License-Identifier: MIT
// The timeline: indexing the view's ties into lanes (once per filter or edit) and painting one
// 1600x400 frame of the Timeline dock (every tie's span in view, entity lanes from the top),
// on the offscreen platform. GUI builds only (TIESCOPE_BENCH_RENDER).
#include "benchsuite.h"

#include <benchmark/benchmark.h>

#include <QImage>
#include <QPainter>

#include "benchdata.h"
#include "graph/tiegraph.h"
#include "render/timelineexporter.h"
#include "render/timelinepainter.h"
#include "timeline/timelinelanes.h"

namespace tiescope::bench {

namespace {

constexpr QSize TimelineFrameSize(1600, 400);

} // namespace

void registerTimeline(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("timeline-build" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        std::size_t lanes = 0;
        for (auto _ : state) {
            const TimelineLanes built(*loaded.all, {});
            lanes = built.lanes().size();
            benchmark::DoNotOptimize(built.rowCount());
        }
        state.counters["lanes"] = static_cast<double>(lanes);
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("timeline-frame" + size).c_str(), [ties](benchmark::State &state) {
        ensureApplication();
        const auto &loaded = BenchData::loaded(ties);
        const TimelineLanes lanes(*loaded.all, {});
        const TimelineFrame frame = TimelineExporter::wholeFrame(lanes);
        const TimelinePainter painter(loaded.graph->dataset(), lanes);
        QImage image(TimelineFrameSize, QImage::Format_ARGB32_Premultiplied);
        for (auto _ : state) {
            QPainter p(&image);
            painter.paint(p, QRectF(QPointF(0, 0), TimelineFrameSize), frame);
            p.end();
            benchmark::DoNotOptimize(image.constBits());
        }
        state.counters["rows"] = static_cast<double>(lanes.rowCount());
        state.counters["undated"] = static_cast<double>(lanes.undated().size());
        if (const QString frames = qEnvironmentVariable("TIESCOPE_BENCH_FRAMES"); !frames.isEmpty())
            image.save(QStringLiteral("%1/timeline-%2.png").arg(frames).arg(ties));
    })->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace tiescope::bench
