// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "render/exportoptions.h"
#include "render/timelineframe.h"

class QPainter;

namespace tiescope {

class Dataset;
class TimelineLanes;

// The timeline as a PNG or SVG file, drawn by the same TimelinePainter as the dock, with the
// filter caption beneath; files go through SceneExporter's safe writers.
class TimelineExporter final
{
public:
    // The frame that shows every dated tie from the first row: the whole span, a little margin.
    [[nodiscard]] static TimelineFrame wholeFrame(const TimelineLanes &lanes);

    [[nodiscard]] static bool writePng(const Dataset &data, const TimelineLanes &lanes, const TimelineFrame &frame,
                                       const ExportOptions &options, const QString &path, QString *error);
    [[nodiscard]] static bool writeSvg(const Dataset &data, const TimelineLanes &lanes, const TimelineFrame &frame,
                                       const ExportOptions &options, const QString &path, QString *error);
    static void paint(QPainter *painter, const Dataset &data, const TimelineLanes &lanes, const TimelineFrame &frame,
                      const ExportOptions &options);
};

} // namespace tiescope
