// SPDX-License-Identifier: MIT
#pragma once

#include <variant>

#include "edit/recordcheck.h"

namespace tiescope {

// An added record that RecordCheck has already passed, carried with its Change: an import
// checks each record once, when planning it, and the applier writes this draft instead of
// checking the record again. It is the draft RecordCheck makes of the Change's own fields.
struct CheckedDraft final
{
    std::variant<RecordCheck::EntityDraft, RecordCheck::TieDraft, Source> draft;
};

} // namespace tiescope
