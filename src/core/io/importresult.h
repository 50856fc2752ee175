// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "io/problem.h"
#include "model/dataset.h"

namespace tiescope {

// What an importer hands back: the records it read and every problem it found, each naming
// its file (and record). The dataset is only to be used when there is no problem.
struct ImportResult
{
    Dataset dataset;
    std::vector<Problem> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

} // namespace tiescope
