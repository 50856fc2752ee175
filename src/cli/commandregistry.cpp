// SPDX-License-Identifier: MIT
#include "commandregistry.h"

#include <stdexcept>
#include <string>

namespace tiescope::cli {

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    if (find(command->name()))
        throw std::logic_error("command registered twice: " + command->name());
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(std::string_view name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace tiescope::cli
