// SPDX-License-Identifier: MIT
#include "model/datewindow.h"

#include <string>

#include "model/partialdate.h"

namespace tiescope {

std::optional<DateInterval> DateWindow::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        const auto date = PartialDate::parse(text);
        if (!date)
            return std::nullopt;
        return DateInterval(date->firstDay(), date->lastDay());
    }
    const std::string_view fromText = text.substr(0, slash);
    const std::string_view toText = text.substr(slash + 1);
    if (toText.find('/') != std::string_view::npos || (fromText.empty() && toText.empty()))
        return std::nullopt;
    const auto from = fromText.empty() ? std::optional<PartialDate>() : PartialDate::parse(fromText);
    const auto to = toText.empty() ? std::optional<PartialDate>() : PartialDate::parse(toText);
    if ((!fromText.empty() && !from) || (!toText.empty() && !to))
        return std::nullopt;
    const DateInterval window = DateInterval::between(from, to);
    if (window.isEmpty())
        return std::nullopt;
    return window;
}

} // namespace tiescope
