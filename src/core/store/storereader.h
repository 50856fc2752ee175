// SPDX-License-Identifier: MIT
#pragma once

#include "model/dataset.h"
#include "store/loadcontrol.h"

namespace tiescope {

class SqliteDb;

// Reads a whole store into a Dataset. Every value is checked as it is read (a file may have
// been edited by hand): a bad reference, date, status or grade throws InputError. Progress
// counts the rows of the big tables; a raised cancel flag throws LoadCancelled.
class StoreReader final
{
public:
    [[nodiscard]] static Dataset read(const SqliteDb &db, int schemaVersion, const LoadControl &control = {});
};

} // namespace tiescope
