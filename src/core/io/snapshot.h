// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "filter/filterspec.h"
#include "layout/point.h"
#include "model/edtfdate.h"
#include "model/grade.h"
#include "model/partialdate.h"
#include "model/source.h"
#include "model/tiestatus.h"

namespace tiescope {

// What an analyst saw, self-contained: the filter, the visible entities and ties with every
// field a reader needs, the sources they cite, and optionally where things were drawn. All
// references are stable text keys, so a snapshot stands without the store it came from.
// Format: docs/snapshot-format.md.
struct Snapshot final
{
    static constexpr const char *Format = "tiescope-snapshot";
    static constexpr int LatestVersion = 3;

    struct Entity
    {
        std::string key;
        std::string name;
        std::string kind; // kind key
        std::string country;
        std::vector<std::string> aliases;
        std::string description;
        bool operator==(const Entity &) const = default;
    };

    struct Citation
    {
        std::string source; // source key
        std::string locator;
        Grade grade;
        bool operator==(const Citation &) const = default;
    };

    struct Tie
    {
        std::string key;
        std::string from; // entity keys
        std::string to;
        std::string domain;   // domain key
        std::string relation; // relation key
        std::optional<EdtfDate> start; // EDTF text in the file
        std::optional<EdtfDate> end;
        TieStatus status = TieStatus::Confirmed;
        std::optional<double> strength; // as recorded; empty: the relation's default
        std::string note;
        std::vector<Citation> citations;
        bool operator==(const Tie &) const = default;
    };

    // Optional in a version 2 view: the dependency analysis the window was showing, so that
    // opening the snapshot runs it again. Keys name the dataset's entities, ties and domains
    // (A may be hidden by the filter, a removed entity is absent from the picture), so they
    // are checked for syntax only.
    struct Analysis
    {
        static constexpr const char *Kinds[] = {"chains", "exposure", "cuts",          "path",       "ego",
                                                "degree", "betweenness", "pagerank", "communities"};

        std::string kind;   // one of Kinds
        std::string a;      // entity keys; may be empty
        std::string b;
        std::string domain; // domain key; empty: all domains
        int hops = 2;       // ego network radius, 1..10
        std::vector<std::string> removedEntities; // the what-if overlay
        std::vector<std::string> removedTies;
        std::map<std::string, double> sanctionedEntities; // key -> strength kept, 0..1
        std::map<std::string, double> sanctionedTies;
        bool operator==(const Analysis &) const = default;
    };

    // Version 3: two dates or windows compared (model/datewindow.h text, A the earlier).
    struct Compare
    {
        std::string a;
        std::string b;
        bool operator==(const Compare &) const = default;
    };

    // Version 2: how the window showed it; version 3 adds the pane and the comparison.
    struct View
    {
        static constexpr const char *Panes[] = {"graph", "timeline", "map"};

        Point centre;      // scene coordinates at the middle of the viewport
        double zoom = 1.0; // > 0; 1 is the scene at its natural size
        std::vector<std::string> selectedEntities;
        std::vector<std::string> selectedTies;
        std::vector<std::string> pinnedEntities;
        std::string layout; // layout strategy name, e.g. "force"; may be empty
        std::optional<Analysis> analysis;
        std::string pane = "graph";     // version 3: the view in front, one of Panes
        std::optional<Compare> compare; // version 3, optional
        bool operator==(const View &) const = default;
    };

    int formatVersion = 1; // 1; 2 or 3 when `view` is set
    std::string generator; // e.g. "tiescope-cli 0.1.0"
    std::string createdAt; // ISO 8601 UTC, e.g. "2025-05-01T12:00:00Z"
    std::string datasetTitle;
    std::string datasetVersion;
    FilterSpec filter;
    std::vector<Entity> entities;
    std::vector<Tie> ties;
    std::vector<Source> sources;
    std::map<std::string, Point> positions; // entity key -> scene position; may be empty
    std::optional<View> view;               // versions 2 and 3

    bool operator==(const Snapshot &other) const
    {
        return formatVersion == other.formatVersion && generator == other.generator && createdAt == other.createdAt &&
               datasetTitle == other.datasetTitle && datasetVersion == other.datasetVersion && filter == other.filter &&
               entities == other.entities && ties == other.ties && sourcesEqual(other) &&
               positions == other.positions && view == other.view;
    }

private:
    [[nodiscard]] bool sourcesEqual(const Snapshot &other) const
    {
        if (sources.size() != other.sources.size())
            return false;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const Source &a = sources[i];
            const Source &b = other.sources[i];
            if (a.key != b.key || a.title != b.title || a.author != b.author || a.publisher != b.publisher ||
                a.date != b.date || a.kind != b.kind || a.url != b.url)
                return false;
        }
        return true;
    }
};

} // namespace tiescope
