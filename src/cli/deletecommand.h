// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli delete TABLE KEY: deletes an entity (with its ties and every citation of both), a
// tie (with its citations), an uncited source or a citation, listing every row that went.
class DeleteCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "delete"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
