// SPDX-License-Identifier: MIT
#include "filteroptions.h"

#include <sstream>

#include "model/dataset.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

// Values of a repeatable option, each of which may also be a comma-separated list.
std::set<std::string> listValues(const Arguments &arguments, const std::string &option)
{
    std::set<std::string> values;
    for (const std::string &value : arguments.values(option)) {
        std::stringstream parts(value);
        std::string part;
        while (std::getline(parts, part, ',')) {
            if (part.empty())
                throw UsageError("option '" + option + "' has an empty value in '" + TerminalText::clean(value) + "'");
            values.insert(part);
        }
        if (value.empty() || value.back() == ',')
            throw UsageError("option '" + option + "' has an empty value in '" + TerminalText::clean(value) + "'");
    }
    return values;
}

std::optional<PartialDate> dateValue(const Arguments &arguments, const std::string &option)
{
    const auto text = arguments.value(option);
    if (!text)
        return std::nullopt;
    auto date = PartialDate::parse(*text);
    if (!date)
        throw UsageError("option '" + option + "': '" + TerminalText::clean(*text) +
                         "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return date;
}

template <typename Rows>
std::string keysOf(const Rows &rows)
{
    std::string list;
    for (const auto &row : rows)
        list += (list.empty() ? "" : ", ") + TerminalText::clean(row.key);
    return list;
}

} // namespace

std::vector<OptionSpec> FilterOptions::options()
{
    return {
        {"--domain", "D", "show only ties of domain D (repeat, or D1,D2)", true},
        {"--kind", "K", "show only entities of kind K (repeat, or K1,K2)", true},
        {"--status", "S", "show only ties of status S: confirmed, alleged, planned, ended (repeat)", true},
        {"--from", "DATE", "show only ties that reach DATE or later (YYYY, YYYY-MM or YYYY-MM-DD)"},
        {"--to", "DATE", "show only ties that began by DATE (its last day)"},
        {"--min-grade", "GRADE", "show only ties with a citation graded GRADE or better on both scales (e.g. B2)"},
        {"--text", "T", "show only entities whose name, alias or id contains T, and their ties"},
        {"--isolated", "MODE", "entities left without a visible tie: fade (default), hide or show"},
        {"--hide-isolated", "", "hide entities left without a visible tie (the same as --isolated hide)"},
        {"--no-undated", "", "leave out undated ties (neither start nor end); by default they show in any window"},
        {"--corroborated", "", "show only ties whose citations name two or more independent publishers"},
    };
}

FilterSpec FilterOptions::parse(const Arguments &arguments)
{
    FilterSpec spec;
    if (arguments.has("--domain"))
        spec.domains = listValues(arguments, "--domain");
    if (arguments.has("--kind"))
        spec.kinds = listValues(arguments, "--kind");
    if (arguments.has("--status")) {
        spec.statuses.emplace();
        for (const std::string &text : listValues(arguments, "--status")) {
            const auto status = parseTieStatus(text);
            if (!status)
                throw UsageError("option '--status': unknown status '" + TerminalText::clean(text) +
                                 "' (valid: confirmed, alleged, planned, ended)");
            spec.statuses->insert(*status);
        }
    }
    spec.from = dateValue(arguments, "--from");
    spec.to = dateValue(arguments, "--to");
    if (spec.from && spec.to && spec.to->lastDay() < spec.from->firstDay())
        throw UsageError("--to " + spec.to->toString() + " is before --from " + spec.from->toString());
    if (const auto grade = arguments.value("--min-grade")) {
        spec.minimumGrade = Grade::parse(*grade);
        if (!spec.minimumGrade)
            throw UsageError("option '--min-grade': '" + TerminalText::clean(*grade) +
                             "' is not an Admiralty grade (A1 best .. F6)");
    }
    spec.text = arguments.value("--text").value_or("");
    if (const auto mode = arguments.value("--isolated")) {
        const auto isolated = parseIsolatedEntities(*mode);
        if (!isolated)
            throw UsageError("option '--isolated': '" + TerminalText::clean(*mode) + "' is not fade, hide or show");
        spec.isolated = *isolated;
    }
    if (arguments.has("--hide-isolated")) {
        if (arguments.has("--isolated") && spec.isolated != IsolatedEntities::Hide)
            throw UsageError("--hide-isolated contradicts --isolated " + std::string(toString(spec.isolated)));
        spec.isolated = IsolatedEntities::Hide;
    }
    spec.includeUndated = !arguments.has("--no-undated");
    spec.corroboratedOnly = arguments.has("--corroborated");
    return spec;
}

bool FilterOptions::given(const Arguments &arguments)
{
    for (const OptionSpec &option : options()) {
        if (arguments.has(option.name))
            return true;
    }
    return false;
}

void FilterOptions::checkKeys(const FilterSpec &spec, const Dataset &dataset)
{
    if (spec.domains) {
        for (const std::string &key : *spec.domains) {
            if (!dataset.findDomain(key))
                throw UsageError("unknown domain '" + TerminalText::clean(key) + "' (valid: " + keysOf(dataset.domains()) +
                                 ")");
        }
    }
    if (spec.kinds) {
        for (const std::string &key : *spec.kinds) {
            if (!dataset.findKind(key))
                throw UsageError("unknown kind '" + TerminalText::clean(key) + "' (valid: " + keysOf(dataset.kinds()) + ")");
        }
    }
}

} // namespace tiescope::cli
