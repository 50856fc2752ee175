// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli export --json FILE [filter options]: writes what the filter shows as a
// version 1 snapshot (docs/snapshot-format.md), atomically.
class ExportCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "export"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
