// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "arguments.h"
#include "optionspec.h"

namespace tiescope::cli {

// Parses "--name value", "--name=value", flags, "--" and positionals against a list of
// OptionSpecs. Anything unexpected throws UsageError with a message that names the context
// ("tiescope-cli export") and the offending argument.
class ArgumentParser final
{
public:
    ArgumentParser(std::string context, std::vector<OptionSpec> options, std::size_t maxPositionals);

    // With stopAtPositional, parsing ends at the first positional, which is returned with all
    // that follows it as positionals (for global options before a command name).
    [[nodiscard]] Arguments parse(const std::vector<std::string> &args, bool stopAtPositional = false) const;

    // "Options:" followed by one aligned line per option.
    [[nodiscard]] std::string optionsHelp() const;

private:
    [[nodiscard]] const OptionSpec *find(const std::string &name) const;

    std::string m_context;
    std::vector<OptionSpec> m_options;
    std::size_t m_maxPositionals;
};

} // namespace tiescope::cli
