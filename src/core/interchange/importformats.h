// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interchange/importformat.h"

namespace tiescope {

// The one registry of import formats, shared by the CLI (--format, its messages), the spec
// (its "format" field), ImportFiles (which reader runs) and the window's import wizard (its
// format choice and file dialogs' filters): a new format is one entry here.
class ImportFormats final
{
public:
    [[nodiscard]] static const std::vector<ImportFormat> &all();
    [[nodiscard]] static const ImportFormat &of(ImportSpec::Format format);
    [[nodiscard]] static const ImportFormat *find(std::string_view key);
    // The keys joined: keys(", ") is "csv, gexf, graphml", keys("|") is "csv|gexf|graphml".
    [[nodiscard]] static std::string keys(std::string_view separator);
    // The keys in words for messages: "csv, gexf or graphml".
    [[nodiscard]] static std::string keysInWords();
};

} // namespace tiescope
