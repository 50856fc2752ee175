// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/citation.h"
#include "model/strongid.h"

namespace tiescope {

// A state, company, agency, party, weapon system, person or event.
struct Entity final
{
    std::string key; // stable text id, e.g. "serbia"
    std::string name;
    KindId kind;
    std::string country; // ISO 3166-1 alpha-2, or empty
    std::vector<std::string> aliases;
    std::string description;
    std::vector<Citation> citations;
    std::int64_t rowId = 0; // the store's row id once written (stable, never reused); 0: not stored
};

} // namespace tiescope
