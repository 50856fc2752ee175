// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli undo: takes back the newest change-set of a store (or the one --change-set
// names) by applying its inverse, read from the audit trail, as a new change-set, so the undo
// is logged and can itself be undone (as `git revert`). Refused, with nothing written, when
// later edits depend on what it would take back.
class UndoCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "undo"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
