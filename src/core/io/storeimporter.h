// SPDX-License-Identifier: MIT
#pragma once

#include "io/importer.h"

namespace tiescope {

// A TieScope store (docs/architecture.md, Store): an SQLite file, opened read-only by path
// (SQLite reads files, not streams), with the LoadControl's progress and cancel.
class StoreImporter final : public Importer
{
public:
    [[nodiscard]] std::string name() const override { return "TieScope store"; }
    // An SQLite file by its header, or an empty file (SQLite's empty database), which then
    // gets the store's own message.
    [[nodiscard]] bool canRead(const ImportSource &source) const override;
    [[nodiscard]] ImportResult read(const ImportSource &source, const LoadControl &control) const override;
};

} // namespace tiescope
