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
// that can read an input reads it; an input none of them takes goes to the fallback, if one
// is set, so that its own error says what is wrong.
class ImporterRegistry final
{
public:
    // The formats this build reads: the dataset folder and the TieScope store (.db), which is
    // the fallback too, so that any other input gets the store's message as it always did
    // ("reading: not a SQLite database", "is a directory, not a database file").
    [[nodiscard]] static const ImporterRegistry &builtIn();

    void add(std::unique_ptr<Importer> importer);
    void setFallback(std::unique_ptr<Importer> importer) { m_fallback = std::move(importer); }
    [[nodiscard]] const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    // The importer for the input, or nullptr when none can read it.
    [[nodiscard]] const Importer *find(const ImportSource &source) const;

    // Reads the input with its importer, else with the fallback. Without a fallback, an input
    // that is missing or that no importer can read is a problem of the result naming the file
    // ("FILE: is not in a format TieScope can read (formats: ...)"). Only a cancel throws
    // (LoadCancelled).
    [[nodiscard]] ImportResult read(const std::filesystem::path &path, const LoadControl &control = {}) const;
    // read(), then the dataset; throws InputError with the first problem ("FILE: RECORD:
    // MESSAGE", then " (and N more problems" + `more` + ")" when there are more).
    [[nodiscard]] Dataset load(const std::filesystem::path &path, const LoadControl &control = {},
                               std::string_view more = {}) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
    std::unique_ptr<Importer> m_fallback;
};

} // namespace tiescope
