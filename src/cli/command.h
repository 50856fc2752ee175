// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "arguments.h"
#include "commandcontext.h"
#include "optionspec.h"

namespace tiescope::cli {

// One tiescope-cli command. New commands (render, chains, ...) are new subclasses added to
// the registry in builtincommands.cpp; the application handles --help, --db, parsing and
// exit codes for all of them.
class Command
{
public:
    virtual ~Command() = default;

    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string summary() const = 0; // one line for the command list
    // The synopsis after "tiescope-cli NAME", e.g. "--json FILE [--domain D]...".
    [[nodiscard]] virtual std::string synopsis() const = 0;
    // Extra help text after the options (may be empty).
    [[nodiscard]] virtual std::string details() const { return {}; }
    // The command's own options; --help and --db are added for every command.
    [[nodiscard]] virtual std::vector<OptionSpec> options() const { return {}; }
    [[nodiscard]] virtual std::size_t maxPositionals() const { return 0; }

    // Returns the exit code. Throws UsageError for a bad command line (exit 2) and
    // InputError for a bad input file (exit 1).
    [[nodiscard]] virtual int run(const Arguments &arguments, CommandContext &context) const = 0;
};

} // namespace tiescope::cli
