// SPDX-License-Identifier: MIT
#include "exposurecommand.h"

#include <cstdlib>
#include <ostream>

#include <nlohmann/json.hpp>

#include "analysisnumbers.h"
#include "analysissession.h"
#include "analytics/pairanalysis.h"
#include "exitcode.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string ExposureCommand::summary() const
{
    return "how exposed A is to B (0..1), per domain and per year, as CSV";
}

std::string ExposureCommand::synopsis() const
{
    return "A B [--domain D]... [--from YEAR] [--to YEAR] [--decay X] [--max-depth N] [filter options]\n"
           "       [--without X]... [--sanction X[=F]]... [--json]";
}

std::string ExposureCommand::details() const
{
    return "Exposure gathers every dependency chain from A to B: a chain is worth the product of its hops'\n"
           "strengths times decay^(hops-1); chains combine as 1 - product(1 - value). A dated tie counts in\n"
           "year Y when it may have held in Y (its possible days meet Y). Three columns per domain (--domain\n"
           "picks them; default all), plus 'all' for those domains together: D (dated ties that may have\n"
           "held), D:certain (only dated ties that surely held) and D:undated (what undated ties, which have\n"
           "no year, would add on top of D). One row per year from --from to --to (default: the years the\n"
           "dated ties name). A warning on stderr says when a search bound was reached.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> ExposureCommand::options() const
{
    std::vector<OptionSpec> options{{"--decay", "X", "each hop beyond the first multiplies a chain's value by X (default 0.8)"},
                                    {"--max-depth", "N", "at most N hops per chain (default 6, up to 12)"}};
    for (OptionSpec &option : AnalysisSession::options(true))
        options.push_back(std::move(option));
    return options;
}

int ExposureCommand::run(const Arguments &arguments, CommandContext &context) const
{
    PairAnalysis::Options options;
    options.exposure.chains.maxDepth = static_cast<int>(AnalysisNumbers::integer(arguments, "--max-depth", 6, 1, 12));
    if (const auto decay = arguments.value("--decay")) {
        char *end = nullptr;
        options.exposure.decay = std::strtod(decay->c_str(), &end);
        if (decay->empty() || end != decay->c_str() + decay->size() ||
            !(options.exposure.decay > 0.0 && options.exposure.decay <= 1.0))
            throw UsageError("option '--decay': '" + TerminalText::clean(*decay) + "' is not a number in (0, 1]");
    }
    options.chains = false;
    options.score = false;
    options.cuts = false;
    const AnalysisSession session(arguments, context);
    const auto [from, to] = session.pair(arguments, name());
    // The years asked for; an end not given is the first or last year the data names.
    if (session.spec().from)
        options.fromYear = session.spec().from->year();
    if (session.spec().to)
        options.toYear = session.spec().to->year();

    // Columns: each chosen domain alone, then all of them together.
    std::vector<std::pair<std::string, std::optional<DomainId>>> columns;
    for (std::size_t i = 0; i < session.data().domains().size(); ++i) {
        const std::string &key = session.data().domains()[i].key;
        if (!session.spec().domains || session.spec().domains->count(key))
            columns.emplace_back(key, DomainId(i));
    }
    if (columns.size() != 1)
        columns.emplace_back("all", std::nullopt);
    options.series.clear();
    for (const auto &column : columns)
        options.series.push_back(column.second);

    const PairAnalysis::Result result = PairAnalysis::run(session.view(), session.overlay(), from, to, options);
    const int firstYear = result.years ? result.years->first : 0;
    const int lastYear = result.years ? result.years->second : -1;
    if (firstYear > lastYear)
        throw UsageError("exposure: no dated tie in the view to take the years from; give --from YEAR and --to YEAR");

    bool truncated = false;
    for (const PairAnalysis::Series &column : result.series) {
        for (const auto &point : column.points)
            truncated = truncated || point.score.truncated;
    }
    if (truncated)
        context.err << "warning: the chain search reached a bound in some years; exposure there may be understated\n";

    std::ostream &out = context.out;
    if (session.json()) {
        nlohmann::json years = nlohmann::json::array();
        for (int year = firstYear; year <= lastYear; ++year)
            years.push_back(year);
        nlohmann::json values = nlohmann::json::object();
        nlohmann::json certain = nlohmann::json::object();
        nlohmann::json undated = nlohmann::json::object();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            nlohmann::json dated = nlohmann::json::array();
            nlohmann::json sure = nlohmann::json::array();
            nlohmann::json extra = nlohmann::json::array();
            for (const auto &point : result.series[c].points) {
                dated.push_back(point.score.exposure);
                sure.push_back(point.certain.exposure);
                extra.push_back(point.undatedExtra());
            }
            values[columns[c].first] = std::move(dated);
            certain[columns[c].first] = std::move(sure);
            undated[columns[c].first] = std::move(extra);
        }
        const nlohmann::json document{{"from", session.entityJson(from)}, {"to", session.entityJson(to)},
                                      {"decay", options.exposure.decay},  {"truncated", truncated},
                                      {"years", std::move(years)},        {"exposure", std::move(values)},
                                      {"certain", std::move(certain)},    {"undated_extra", std::move(undated)}};
        out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    out << "year";
    for (const auto &column : columns) {
        const std::string key = TerminalText::clean(column.first);
        out << ',' << key << ',' << key << ":certain," << key << ":undated";
    }
    out << '\n';
    for (std::size_t row = 0; row < static_cast<std::size_t>(lastYear - firstYear + 1); ++row) {
        out << firstYear + static_cast<int>(row);
        for (const PairAnalysis::Series &column : result.series) {
            const auto &point = column.points[row];
            out << ',' << AnalysisNumbers::format(point.score.exposure, 6) << ','
                << AnalysisNumbers::format(point.certain.exposure, 6) << ','
                << AnalysisNumbers::format(point.undatedExtra(), 6);
        }
        out << '\n';
    }
    return ExitOk;
}

} // namespace tiescope::cli
