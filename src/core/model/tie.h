// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/citation.h"
#include "model/dateinterval.h"
#include "model/edtfdate.h"
#include "model/strongid.h"
#include "model/tiedates.h"
#include "model/tiestatus.h"

namespace tiescope {

// One dated, sourced relation between two entities. Two entities may share many ties.
struct Tie final
{
    std::string key; // stable text id
    EntityId from;
    EntityId to;
    DomainId domain;
    RelationId relation;
    std::optional<EdtfDate> start; // EDTF; empty: unknown, "..": open
    std::optional<EdtfDate> end;   // EDTF; empty: unknown, "..": open (ongoing)
    TieStatus status = TieStatus::Confirmed;
    std::optional<double> strength; // 0..1; empty: the relation type's default
    std::string note;
    std::vector<Citation> citations;
    std::int64_t rowId = 0; // the store's row id once written (stable, never reused); 0: not stored

    [[nodiscard]] TieDates dates() const { return {start, end}; }
    // Every day the tie may have held (all time when undated: see dates().isUndated()).
    [[nodiscard]] DateInterval interval() const { return dates().possible(); }
    [[nodiscard]] bool isUndated() const { return !start && !end; }
    // The best grade among the citations (F6 when there is none).
    [[nodiscard]] Grade bestGrade() const;
};

} // namespace tiescope
