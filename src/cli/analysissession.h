// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "analytics/whatifoverlay.h"
#include "arguments.h"
#include "commandcontext.h"
#include "filter/filterspec.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "optionspec.h"

namespace tiescope::cli {

// What the analysis commands share: the data loaded from --db, the filtered view, the what-if
// overlay (--without, --sanction), entity names resolved with close matches, and the
// formatting of entities and ties for text and JSON output.
class AnalysisSession final
{
public:
    // The filter options, --json, and with `whatIf` the overlay options.
    [[nodiscard]] static std::vector<OptionSpec> options(bool whatIf);
    [[nodiscard]] static std::string whatIfHelp();

    AnalysisSession(const Arguments &arguments, const CommandContext &context);

    [[nodiscard]] const Dataset &data() const { return *m_data; }
    [[nodiscard]] const TieGraph &graph() const { return *m_graph; }
    [[nodiscard]] const GraphView &view() const { return *m_view; }
    [[nodiscard]] const FilterSpec &spec() const { return m_spec; }
    [[nodiscard]] const WhatIfOverlay &overlay() const { return m_overlay; }
    [[nodiscard]] bool json() const { return m_json; }

    // An entity id, name or alias; throws UsageError listing close matches otherwise.
    [[nodiscard]] EntityId entity(const std::string &text) const;
    // The two positionals A and B; throws UsageError unless exactly two are given.
    [[nodiscard]] std::pair<EntityId, EntityId> pair(const Arguments &arguments, const std::string &command) const;

    // "Name (key)" for text output.
    [[nodiscard]] std::string label(EntityId entity) const;
    // "key: relation, domain, strength S, grade G" plus citations, for text output.
    [[nodiscard]] std::string describeTie(TieId tie) const;
    [[nodiscard]] nlohmann::json entityJson(EntityId entity) const;
    [[nodiscard]] nlohmann::json tieJson(TieId tie) const;
    // One line of what the overlay changes, or empty.
    [[nodiscard]] std::string overlaySummary() const;

private:
    void readOverlay(const Arguments &arguments);

    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<TieGraph> m_graph;
    std::optional<GraphView> m_view;
    FilterSpec m_spec;
    WhatIfOverlay m_overlay;
    bool m_json = false;
};

} // namespace tiescope::cli
