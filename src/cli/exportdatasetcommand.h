// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace tiescope::cli {

// tiescope-cli export-dataset --out DIR: writes the store back as a dataset folder in the format of
// data/serbia-russia/ (DatasetExport), complete or not at all.
class ExportDatasetCommand final : public Command
{
public:
    [[nodiscard]] std::string name() const override { return "export-dataset"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string synopsis() const override;
    [[nodiscard]] std::string details() const override;
    [[nodiscard]] std::vector<OptionSpec> options() const override;
    [[nodiscard]] int run(const Arguments &arguments, CommandContext &context) const override;
};

} // namespace tiescope::cli
