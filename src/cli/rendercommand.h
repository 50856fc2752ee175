// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli render --png FILE: draws the filtered graph with the window's own scene
// (src/render), headless. Built only with the GUI, since it needs Qt.
class RenderCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "render"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
