// SPDX-License-Identifier: MIT
#pragma once

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
};

} // namespace tiescope
