// SPDX-License-Identifier: MIT
#include "edit/entitymerge.h"

#include <algorithm>
#include <vector>

#include "model/dataset.h"

namespace tiescope {

namespace {

nlohmann::ordered_json optionalText(const std::string &text)
{
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

} // namespace

ChangeSet EntityMerge::build(const Dataset &dataset, EntityId merged, EntityId into, const Choice &choice)
{
    const Entity &from = dataset.entity(merged);
    const Entity &survivor = dataset.entity(into);
    ChangeSet changes("merge " + from.key + " into " + survivor.key);
    changes.merge(from.key, survivor.key);

    nlohmann::ordered_json fields = nlohmann::ordered_json::object();
    if (choice.name && from.name != survivor.name) {
        // The aliases the merge leaves (the survivor's, then the merged name, aliases and key,
        // each once and never the name), with the names swapped.
        std::vector<std::string> aliases;
        const auto add = [&aliases, &from](const std::string &alias) {
            if (alias != from.name && std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
                aliases.push_back(alias);
        };
        for (const std::string &alias : survivor.aliases)
            add(alias);
        add(survivor.name);
        for (const std::string &alias : from.aliases)
            add(alias);
        add(from.key);
        fields["name"] = from.name;
        fields["aliases"] = aliases;
    }
    if (choice.kind && from.kind != survivor.kind)
        fields["kind"] = dataset.kind(from.kind).key;
    if (choice.country && from.country != survivor.country)
        fields["country"] = optionalText(from.country);
    if (choice.description && from.description != survivor.description)
        fields["description"] = optionalText(from.description);
    if (!fields.empty())
        changes.update(RecordTable::Entities, survivor.key, std::move(fields));
    return changes;
}

} // namespace tiescope
