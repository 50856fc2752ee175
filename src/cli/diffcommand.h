// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli diff --at A --at B: the shown ties that began, ended or changed certainty
// between two dates or windows (analytics/datecomparison.h), as text or JSON.
class DiffCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "diff"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
