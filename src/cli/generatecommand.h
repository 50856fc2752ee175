// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli generate --entities N --ties M --seed S --out FILE: writes a synthetic
// database of any size (core SyntheticGenerator) for benchmarks and stress tests. It passes
// `validate`; the same seed gives the same file content. Written in one transaction to a
// temporary file that replaces FILE only on success.
class GenerateCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "generate"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
