// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tiescope::cli {

// Data text is untrusted: before it reaches a terminal, control characters (escape sequences,
// newlines that would fake extra output lines) become '?'.
class TerminalText final
{
public:
    [[nodiscard]] static std::string clean(std::string_view text)
    {
        std::string result(text);
        for (char &c : result) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                c = '?';
        }
        return result;
    }
};

} // namespace tiescope::cli
