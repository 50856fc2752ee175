// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace tiescope {

class SqliteDb;

// Writes a store back as a dataset folder (docs/dataset.md) in the layout of
// data/serbia-russia/: the same seven files, fields in the same order, 2-space indent, UTF-8,
// records in row-id order. A dataset built with build-db comes back byte for byte. The folder
// appears complete or not at all: it is written beside the target under a temporary name and
// renamed into place (an existing dataset folder there is swapped out and removed).
class DatasetExport final
{
public:
    static void write(const SqliteDb &db, const std::filesystem::path &folder);
};

} // namespace tiescope
