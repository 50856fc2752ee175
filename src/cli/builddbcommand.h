// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli build-db --dataset DIR --out FILE: validates a dataset folder and writes it as
// a new TieScope database. The file appears complete or not at all: the store is written
// to a temporary file next to FILE and renamed over it only when everything succeeded.
class BuildDbCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "build-db"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
