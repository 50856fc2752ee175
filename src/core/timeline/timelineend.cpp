// SPDX-License-Identifier: MIT
#include "timeline/timelineend.h"

namespace tiescope {

TimelineEnd timelineEndOf(const std::optional<EdtfDate> &date)
{
    if (!date)
        return TimelineEnd::Unknown;
    switch (date->form()) {
    case EdtfDate::Form::Open:
        return TimelineEnd::Open;
    case EdtfDate::Form::Range:
        return TimelineEnd::Bounded;
    case EdtfDate::Form::Date:
        break;
    }
    switch (date->qualifier()) {
    case EdtfDate::Qualifier::Approximate:
        return TimelineEnd::Approximate;
    case EdtfDate::Qualifier::Uncertain:
    case EdtfDate::Qualifier::Both:
        return TimelineEnd::Uncertain;
    case EdtfDate::Qualifier::None:
        break;
    }
    // Unspecified digits (201X, 2014-XX) name a span the day lies in, as a bound does.
    return date->isCertain() ? TimelineEnd::Exact : TimelineEnd::Bounded;
}

const char *timelineEndName(TimelineEnd end)
{
    switch (end) {
    case TimelineEnd::Exact: return "exact";
    case TimelineEnd::Approximate: return "approximate";
    case TimelineEnd::Uncertain: return "uncertain";
    case TimelineEnd::Bounded: return "bounded";
    case TimelineEnd::Open: return "open";
    case TimelineEnd::Unknown: return "unknown";
    }
    return "unknown";
}

} // namespace tiescope
