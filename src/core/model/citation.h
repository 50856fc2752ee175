// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "model/grade.h"
#include "model/strongid.h"

namespace tiescope {

// Where a claim comes from: a source, the place in it, and how far it can be trusted.
struct Citation final
{
    SourceId source;
    std::string locator; // e.g. the section heading
    Grade grade;
    std::int64_t rowId = 0; // the store's row id once written (stable, never reused); 0: not stored
};

} // namespace tiescope
