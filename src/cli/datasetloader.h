// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "model/dataset.h"

namespace tiescope::cli {

// Loads the data a command reads, in any format the ImporterRegistry knows (a TieScope
// database file, a dataset folder with a dataset.json), which must then be valid. Throws
// InputError naming the file otherwise.
class DatasetLoader final
{
public:
    [[nodiscard]] static Dataset load(const std::string &path);
};

} // namespace tiescope::cli
