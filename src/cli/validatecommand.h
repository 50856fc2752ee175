// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli validate [PATH]: checks a database (SQLite integrity and foreign keys, then
// every data rule) or a dataset folder (every file and record), prints each problem on its
// own line and exits 0 only when there is none.
class ValidateCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "validate"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 1; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
