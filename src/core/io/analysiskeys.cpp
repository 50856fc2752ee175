// SPDX-License-Identifier: MIT
#include "io/analysiskeys.h"

#include "analytics/entitykeylookup.h"
#include "model/dataset.h"

namespace tiescope {

void AnalysisKeys::write(const Ids &ids, const Dataset &data, Snapshot::Analysis &analysis)
{
    analysis.a = ids.a ? data.entity(*ids.a).key : std::string();
    analysis.b = ids.b ? data.entity(*ids.b).key : std::string();
    analysis.domain = ids.domain ? data.domain(*ids.domain).key : std::string();
    WhatIfKeys::Keys keys = WhatIfKeys::toKeys(ids.overlay, data);
    analysis.removedEntities = std::move(keys.removedEntities);
    analysis.removedTies = std::move(keys.removedTies);
    analysis.sanctionedEntities = std::move(keys.sanctionedEntities);
    analysis.sanctionedTies = std::move(keys.sanctionedTies);
}

AnalysisKeys::Ids AnalysisKeys::read(const Snapshot::Analysis &analysis, const Dataset &data,
                                     std::vector<WhatIfKeys::Unknown> &unknown)
{
    Ids ids;
    const auto find = [&unknown](const char *what, const std::string &key, auto lookup) {
        if (key.empty())
            return decltype(lookup(key))();
        const auto id = lookup(key);
        if (!id)
            unknown.push_back({what, key});
        return id;
    };
    const EntityKeyLookup entities(data); // a merged entity's key finds the one it went into
    const auto entity = [&entities](const std::string &key) { return entities.find(key); };
    ids.a = find("entity", analysis.a, entity);
    ids.b = find("entity", analysis.b, entity);
    ids.domain = find("domain", analysis.domain, [&data](const std::string &key) { return data.findDomain(key); });
    const WhatIfKeys::Keys keys{analysis.removedEntities, analysis.removedTies, analysis.sanctionedEntities,
                                analysis.sanctionedTies};
    ids.overlay = WhatIfKeys::fromKeys(keys, data, unknown);
    return ids;
}

} // namespace tiescope
