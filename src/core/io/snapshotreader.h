// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>

#include "io/snapshot.h"

namespace tiescope {

// Reads a snapshot of version 1 or 2 (docs/snapshot-format.md) strictly: unknown or missing
// fields, wrong types, bad keys, dates and grades, dangling references and duplicates are all
// rejected. Every problem throws InputError(file, "where: what") naming the JSON location.
class SnapshotReader final
{
public:
    [[nodiscard]] static Snapshot read(std::istream &in, const std::string &file);
};

} // namespace tiescope
