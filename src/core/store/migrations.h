// SPDX-License-Identifier: MIT
#pragma once

namespace tiescope {

class SqliteDb;

// Upgrades a store one schema version at a time, each step in its own function, all steps
// in one transaction: a failed upgrade leaves the file as it was.
class Migrations final
{
public:
    static void upgrade(SqliteDb &db, int fromVersion, int toVersion);
};

} // namespace tiescope
