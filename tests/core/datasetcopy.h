// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "io/datasetreader.h"
#include "tempdir.h"

namespace tiescope::fixtures {

// A private copy of tests/fixtures/datasets/small in a temporary directory, to break one
// thing at a time and read it back.
class DatasetCopy final
{
public:
    DatasetCopy()
    {
        m_folder = m_dir.path() / "small";
        std::filesystem::copy(TIESCOPE_FIXTURES_DIR "/datasets/small", m_folder);
    }

    [[nodiscard]] const std::filesystem::path &folder() const { return m_folder; }
    [[nodiscard]] std::string file(const std::string &table) const { return (m_folder / (table + ".json")).string(); }

    [[nodiscard]] nlohmann::json load(const std::string &table) const
    {
        std::ifstream in(file(table));
        return nlohmann::json::parse(in);
    }
    void save(const std::string &table, const nlohmann::json &value) const { writeRaw(table, value.dump(2)); }
    void writeRaw(const std::string &table, const std::string &text) const
    {
        std::ofstream(file(table), std::ios::binary | std::ios::trunc) << text;
    }
    // Loads a table, lets `edit` change it, saves it.
    template <typename Edit>
    void edit(const std::string &table, Edit &&editFn) const
    {
        nlohmann::json value = load(table);
        editFn(value);
        save(table, value);
    }
    void remove(const std::string &table) const { std::filesystem::remove(file(table)); }

    [[nodiscard]] DatasetReader::Result read() const { return DatasetReader::read(m_folder); }

private:
    TempDir m_dir;
    std::filesystem::path m_folder;
};

} // namespace tiescope::fixtures
