// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "command.h"

namespace tiescope::cli {

// The commands tiescope-cli knows, in the order the help lists them.
class CommandRegistry final
{
public:
    // Throws std::logic_error when the name is taken.
    void add(std::unique_ptr<Command> command);
    [[nodiscard]] const Command *find(std::string_view name) const;
    [[nodiscard]] const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tiescope::cli
