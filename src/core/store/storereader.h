// SPDX-License-Identifier: MIT
#pragma once

#include "model/dataset.h"

namespace tiescope {

class SqliteDb;

// Reads a whole store into a Dataset. Every value is checked as it is read (a file may have
// been edited by hand): a bad reference, date, status or grade throws InputError.
class StoreReader final
{
public:
    [[nodiscard]] static Dataset read(const SqliteDb &db, int schemaVersion);
};

} // namespace tiescope
