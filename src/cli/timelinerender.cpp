// SPDX-License-Identifier: MIT
// render --view timeline: the Timeline dock's drawing of the filtered ties, exported.
#include <algorithm>

#include <QString>

#include "arguments.h"
#include "model/inputerror.h"
#include "render/timelineexporter.h"
#include "renderjob.h"
#include "timeline/timelinelanes.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

TimelineOptions timelineOptions(const Arguments &arguments)
{
    TimelineOptions options;
    const std::string lanes = arguments.value("--lanes").value_or("entity");
    if (lanes == "entity")
        options.mode = LaneMode::Entity;
    else if (lanes == "tie")
        options.mode = LaneMode::Tie;
    else if (lanes == "domain")
        options.mode = LaneMode::Domain;
    else
        throw UsageError("render: --lanes must be entity, tie or domain, not '" + lanes + "'");
    const std::string sort = arguments.value("--sort").value_or("start");
    if (sort == "start")
        options.order = LaneOrder::Start;
    else if (sort == "entity")
        options.order = LaneOrder::Entity;
    else if (sort == "domain")
        options.order = LaneOrder::Domain;
    else
        throw UsageError("render: --sort must be start, entity or domain, not '" + sort + "'");
    return options;
}

} // namespace

std::string renderTimeline(RenderJob &job)
{
    const TimelineLanes lanes(job.view, timelineOptions(job.arguments));
    TimelineFrame frame = TimelineExporter::wholeFrame(lanes);
    if (job.spec.from || job.spec.to) {
        frame.hasWindow = true;
        if (job.spec.from)
            frame.windowFirst = job.spec.from->firstDay();
        if (job.spec.to)
            frame.windowLast = job.spec.to->lastDay();
        // The window in view with a margin on each side, as after a brush in the dock.
        const double first = frame.windowFirst.value_or(static_cast<std::int32_t>(frame.firstDay));
        const double last = frame.windowLast.value_or(static_cast<std::int32_t>(frame.lastDay));
        const double margin = std::max(180.0, (last - first) * 0.15);
        frame.firstDay = first - margin;
        frame.lastDay = last + margin;
    }
    QString error;
    if (job.png && !TimelineExporter::writePng(job.data, lanes, frame, job.options, QString::fromStdString(*job.png), &error))
        throw InputError(*job.png, error.toStdString());
    if (job.svg && !TimelineExporter::writeSvg(job.data, lanes, frame, job.options, QString::fromStdString(*job.svg), &error))
        throw InputError(*job.svg, error.toStdString());
    return std::to_string(lanes.lanes().size()) + " lanes, " + std::to_string(lanes.undated().size()) + " undated";
}

} // namespace tiescope::cli
