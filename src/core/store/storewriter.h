// SPDX-License-Identifier: MIT
#pragma once

namespace tiescope {

class Dataset;
class SqliteDb;

// Replaces the content of a store with a Dataset, in one transaction.
class StoreWriter final
{
public:
    static void write(SqliteDb &db, const Dataset &dataset);
};

} // namespace tiescope
