// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli edit TABLE KEY --set FIELD=VALUE...: sets fields of an entity, tie, source or
// citation (a citation by its id), checked like a dataset file.
class EditCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "edit"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] std::size_t maxPositionals() const override { return 2; }
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
