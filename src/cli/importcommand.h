// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli --db FILE import (--spec SPEC.json | --format F FILE...) [--dry-run]: reads CSV,
// GEXF or GraphML, reports what would change (new, updated, unchanged, conflicting, bad rows)
// and applies it as one change-set; a --db that does not exist yet is created.
class ImportCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "import"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
