// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "io/importer.h"

namespace tiescope {

class ImportSource;

// Every input format in one place: the CLI and the window open data only through here, so a
// new format is one Importer added to builtIn(). The first importer, in the order added,
// that can read an input reads it.
class ImporterRegistry final
{
public:
    // The formats this build reads: the TieScope store (.db) and the dataset folder.
    [[nodiscard]] static const ImporterRegistry &builtIn();

    void add(std::unique_ptr<Importer> importer);
    [[nodiscard]] const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    // The importer for the input, or nullptr when none can read it.
    [[nodiscard]] const Importer *find(const ImportSource &source) const;

    // Reads the input with its importer. An input that is missing, or that no importer can
    // read, is a problem of the result naming the file; only a cancel throws (LoadCancelled).
    [[nodiscard]] ImportResult read(const std::filesystem::path &path, const LoadControl &control = {}) const;
    // read(), then the dataset; throws InputError with the first problem ("FILE: RECORD:
    // MESSAGE", then " (and N more problems" + `more` + ")" when there are more).
    [[nodiscard]] Dataset load(const std::filesystem::path &path, const LoadControl &control = {},
                               std::string_view more = {}) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace tiescope
