// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tiescope::cli {

class CommandRegistry;

// The tiescope-cli(1) manual page, in man(7) troff, written from the commands themselves
// (name, summary, synopsis, options, details), so the installed page never drifts from the
// program: `tiescope-cli --man` prints it and the build installs it.
class ManPage final
{
public:
    [[nodiscard]] static std::string render(const CommandRegistry &registry, std::string_view version,
                                            std::string_view databaseHelp);
    // Text as troff shows it literally: backslashes escaped, a leading dot or quote guarded,
    // hyphens as minus signs in option names (`\-`).
    [[nodiscard]] static std::string escape(std::string_view text);
};

} // namespace tiescope::cli
