// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli info: what a database holds, counted by domain, kind and status, and the span
// of its dates.
class InfoCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "info"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
