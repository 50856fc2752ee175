// SPDX-License-Identifier: MIT
// render --view timeline: the Timeline dock's drawing of the filtered ties, exported.
#include <algorithm>
#include <utility>

#include <QString>

#include "arguments.h"
#include "model/inputerror.h"
#include "render/timelineexporter.h"
#include "renderjob.h"
#include "timeline/timelinelanes.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

// The value named by an option's word (the first word when the option is not given).
template <typename Value, std::size_t N>
Value chosen(const Arguments &arguments, const std::string &option, const std::pair<const char *, Value> (&words)[N])
{
    const std::string word = arguments.value(option).value_or(words[0].first);
    std::string names;
    for (const auto &[name, value] : words) {
        if (word == name)
            return value;
        names += (names.empty() ? "" : ", ") + std::string(name);
    }
    throw UsageError("render: " + option + " must be one of " + names + ", not '" + word + "'");
}

TimelineOptions timelineOptions(const Arguments &arguments)
{
    static constexpr std::pair<const char *, LaneMode> Lanes[] = {
        {"entity", LaneMode::Entity}, {"tie", LaneMode::Tie}, {"domain", LaneMode::Domain}};
    static constexpr std::pair<const char *, LaneOrder> Orders[] = {
        {"start", LaneOrder::Start}, {"entity", LaneOrder::Entity}, {"domain", LaneOrder::Domain}};
    return {chosen(arguments, "--lanes", Lanes), chosen(arguments, "--sort", Orders)};
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
