// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "filter/filterspec.h"
#include "io/snapshot.h"
#include "render/exportoptions.h"

namespace tiescope {
class Dataset;
class GraphView;
} // namespace tiescope

namespace tiescope::cli {

class Arguments;

// What `render` draws, whatever the view: the filtered data, the export options and the
// files to write. Each view (graph, timeline, ...) is one function taking it.
struct RenderJob final
{
    const Arguments &arguments;
    const Dataset &data;
    const FilterSpec &spec;
    const GraphView &view;
    const std::optional<Snapshot> &snapshot;
    ExportOptions options;
    std::optional<std::string> png;
    std::optional<std::string> svg;
};

// Each writes the job's files or throws InputError; returns the summary's tail ("layout force").
std::string renderGraph(RenderJob &job);
std::string renderTimeline(RenderJob &job);

} // namespace tiescope::cli
