// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli cuts A B: the single entities and ties every dependency route from A to B needs.
class CutsCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "cuts"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
