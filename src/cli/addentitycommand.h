// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli add-entity --id KEY --name NAME --kind KIND ...: adds an entity to a store,
// optionally with a citation, as one validated, logged change-set.
class AddEntityCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "add-entity"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
