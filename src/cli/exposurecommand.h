// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli exposure A B: how exposed A is to B, per domain and per year, as CSV.
class ExposureCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "exposure"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
