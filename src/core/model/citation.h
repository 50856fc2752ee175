// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/grade.h"
#include "model/strongid.h"

namespace tiescope {

// Where a claim comes from: a source, the place in it, and how far it can be trusted.
struct Citation final
{
    static constexpr std::size_t MaxQuoteLength = 500; // characters (code points), not bytes

    SourceId source;
    std::string locator; // e.g. the section heading
    Grade grade;
    std::string quote = {}; // optional short quote from the source (at most MaxQuoteLength characters)
    std::int64_t rowId = 0; // the store's row id once written (stable, never reused); 0: not stored
};

} // namespace tiescope
