// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "layout/point.h"

namespace tiescope::bench {

// Each registers its benchmarks for one size (number of ties); names end in "/<ties>".
void registerPipeline(std::size_t ties);
void registerLayouts(std::size_t ties);
void registerPeers(std::size_t ties);
void registerAnalysis(std::size_t ties);
// CSV and GEXF import against the sqlite3 shell's .import and NetworkX's read_gexf.
void registerImport(std::size_t ties);
// Only in a build with the GUI (TIESCOPE_BENCH_RENDER): scene, frame and PNG export.
void registerRender(std::size_t ties);
// Also GUI only: an edit applied to store, graph and canvas, its undo, a merge, a bulk delete.
void registerEdits(std::size_t ties);
// Also GUI only: the timeline's lane index and one frame of the Timeline dock.
void registerTimeline(std::size_t ties);
// Also GUI only: one step of Play (the date window moved a year, filter, labels, one frame).
void registerPlay(std::size_t ties);
// Also GUI only: the window opening a store that keeps its picture, from the data read to the
// first painted frame.
void registerOpen(std::size_t ties);
// The offscreen QApplication the GUI benchmarks share (made on first use).
bool ensureApplication();
// Destroys it before static destruction: Qt's own caches (the raster engine's gradient cache)
// are gone by then, and a QApplication destroyed after them crashes at exit.
void releaseApplication();

// The force layout (the window's default) of every entity of the generated store, made once per
// size (GUI builds only).
const std::vector<Point> &laidOut(std::size_t ties);

// `tiescope-bench --memory TIES`: the application's path in a fresh process (load, graph,
// filter, force layout, JSON export) and its peak resident memory, printed as one line.
int runMemoryProbe(std::size_t ties);

// `tiescope-bench --report OUT.md RESULT.json...`: the table and plot data of
// docs/performance.md from Google Benchmark JSON results.
int writeReport(int argc, char **argv);

} // namespace tiescope::bench
