// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "analytics/whatifkeys.h"
#include "analytics/whatifoverlay.h"
#include "io/snapshot.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;

// The analysis a snapshot keeps by key (Snapshot::Analysis) against an open Dataset: its two
// entities, its domain and its what-if overlay as ids, and back. The kind and the hops are
// plain values the caller copies itself.
class AnalysisKeys final
{
public:
    struct Ids
    {
        std::optional<EntityId> a;
        std::optional<EntityId> b;
        std::optional<DomainId> domain;
        WhatIfOverlay overlay;
    };

    // Sets the analysis's entity, domain and overlay keys from the ids.
    static void write(const Ids &ids, const Dataset &data, Snapshot::Analysis &analysis);
    // Keys the data lacks are left empty and appended to `unknown`: A, B, the domain, then the
    // overlay's entities and ties.
    [[nodiscard]] static Ids read(const Snapshot::Analysis &analysis, const Dataset &data,
                                  std::vector<WhatIfKeys::Unknown> &unknown);
};

} // namespace tiescope
