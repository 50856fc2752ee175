// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

#include "analytics/whatifoverlay.h"
#include "model/strongid.h"

namespace tiescope {

// What the analysis panel asks for: a plain value, so a worker thread gets its own copy and a
// snapshot can hold it.
struct AnalysisRequest final
{
    enum class Kind { Chains, Exposure, Cuts, Path, Ego, Degree, Betweenness, PageRank, Communities };

    Kind kind = Kind::Chains;
    std::optional<EntityId> a; // the dependent end (the ego centre)
    std::optional<EntityId> b; // the end depended on
    std::optional<DomainId> domain; // empty: every domain the filter shows
    int hops = 2;                   // ego network radius
    WhatIfOverlay overlay;

    [[nodiscard]] bool needsPair() const { return kind == Kind::Chains || kind == Kind::Exposure || kind == Kind::Cuts || kind == Kind::Path; }
    [[nodiscard]] bool needsA() const { return needsPair() || kind == Kind::Ego; }

    // The names used in snapshots ("chains", "pagerank", ...) and shown in the panel.
    [[nodiscard]] static const char *key(Kind kind);
    [[nodiscard]] static std::optional<Kind> fromKey(const QString &key);
    [[nodiscard]] static QString label(Kind kind);
    static constexpr Kind AllKinds[] = {Kind::Chains, Kind::Exposure, Kind::Cuts,        Kind::Path,       Kind::Ego,
                                        Kind::Degree, Kind::Betweenness, Kind::PageRank, Kind::Communities};
};

} // namespace tiescope
