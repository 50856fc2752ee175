// SPDX-License-Identifier: MIT
#pragma once

#include "io/importer.h"

namespace tiescope {

// A dataset folder (docs/dataset.md): a folder with a dataset.json, read by DatasetReader
// through a FolderMemberSource, every problem of every file reported.
class DatasetFolderImporter final : public Importer
{
public:
    [[nodiscard]] std::string name() const override { return "dataset folder"; }
    [[nodiscard]] bool canRead(const ImportSource &source) const override;
    // Reports no progress until it is done: a dataset folder is small enough to read at once.
    [[nodiscard]] ImportResult read(const ImportSource &source, const LoadControl &control) const override;
};

} // namespace tiescope
