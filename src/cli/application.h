// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "commandregistry.h"

namespace tiescope::cli {

// tiescope-cli [--db PATH] COMMAND [OPTIONS]: global options, dispatch, help, and the
// mapping of errors to messages and exit codes (exitcode.h).
class Application final
{
public:
    Application(CommandRegistry registry, std::ostream &out, std::ostream &err);

    [[nodiscard]] int run(int argc, const char *const *argv);
    [[nodiscard]] int run(const std::string &executable, const std::vector<std::string> &args);

private:
    [[nodiscard]] int dispatch(const std::string &executable, const std::vector<std::string> &args);
    [[nodiscard]] std::string globalHelp() const;
    [[nodiscard]] std::string commandHelp(const Command &command) const;

    CommandRegistry m_registry;
    std::ostream &m_out;
    std::ostream &m_err;
};

} // namespace tiescope::cli
