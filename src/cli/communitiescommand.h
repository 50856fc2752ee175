// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli communities: Louvain communities of the visible network, for colouring.
class CommunitiesCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "communities"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 0; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
