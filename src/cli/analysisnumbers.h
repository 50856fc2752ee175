// SPDX-License-Identifier: MIT
#pragma once

#include <cstdlib>
#include <sstream>
#include <string>

#include "arguments.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

// Number formatting and number options shared by the analysis commands.
class AnalysisNumbers final
{
public:
    [[nodiscard]] static std::string format(double value, int digits = 3)
    {
        std::ostringstream text;
        text.setf(std::ios::fixed);
        text.precision(digits);
        text << value;
        return text.str();
    }

    // A whole number option within [minimum, maximum]; `fallback` when absent.
    [[nodiscard]] static long integer(const Arguments &arguments, const std::string &option, long fallback, long minimum,
                                      long maximum)
    {
        const auto text = arguments.value(option);
        if (!text)
            return fallback;
        char *end = nullptr;
        const long value = std::strtol(text->c_str(), &end, 10);
        if (text->empty() || end != text->c_str() + text->size() || value < minimum || value > maximum)
            throw UsageError("option '" + option + "': '" + TerminalText::clean(*text) + "' is not a whole number from " +
                             std::to_string(minimum) + " to " + std::to_string(maximum));
        return value;
    }
};

} // namespace tiescope::cli
