// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "model/dataset.h"

struct sqlite3;

namespace tiescope {

// A TieScope SQLite file. Opening checks that it is one (application_id), of a schema
// version this build knows (older ones are migrated when opened for writing), and sets
// defensive mode and trusted_schema=OFF. Every problem throws InputError naming the file.
class Store final
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    static constexpr int SchemaVersion = 1;
    static constexpr int ApplicationId = 0x54695363; // "TiSc"

    [[nodiscard]] static Store open(const std::string &path, Mode mode);
    ~Store();
    Store(Store &&) noexcept;
    Store &operator=(Store &&) noexcept;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] const std::string &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    // Reads the whole store into memory.
    [[nodiscard]] Dataset load() const;
    // Replaces the store's content with the dataset in one transaction.
    void write(const Dataset &dataset);

private:
    Store(std::string path, sqlite3 *db);

    std::string m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace tiescope
