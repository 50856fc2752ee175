// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli add-tie --id KEY --from A --to B ... --source KEY --grade B2: adds a tie with its
// citation (a tie is never without one), as one validated, logged change-set.
class AddTieCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "add-tie"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
