// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli chains A B: the ranked dependency chains from A to B, each hop with its tie,
// citations and alternative ties.
class ChainsCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "chains"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
