// SPDX-License-Identifier: MIT
#include "diffcommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysissession.h"
#include "analytics/comparisonrows.h"
#include "analytics/datecomparison.h"
#include "model/datewindow.h"
#include "exitcode.h"
#include "terminaltext.h"
#include "texttable.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

DateInterval windowOf(const std::string &text)
{
    const auto window = DateWindow::parse(text);
    if (!window)
        throw UsageError("diff: --at '" + TerminalText::clean(text) +
                         "' is not a date or window (YYYY, YYYY-MM, YYYY-MM-DD, or FROM/TO of those)");
    return *window;
}

} // namespace

std::string DiffCommand::summary() const
{
    return "the ties that began, ended or changed certainty between two dates";
}

std::string DiffCommand::synopsis() const
{
    return "--at A --at B [filter options] [--json]";
}

std::string DiffCommand::details() const
{
    return "A and B are dates (2014, 2014-06, 2014-06-28: every day they name) or windows FROM/TO\n"
           "(2012/2014, either side empty for open); the earlier one is A. A tie is certain in a window\n"
           "when it held there whatever its true dates are, possible when it may have, absent when it\n"
           "cannot have. Listed: began (absent in A, present in B), ended (present in A, absent in B),\n"
           "became-certain and became-uncertain. Undated ties have no place in time: they are counted,\n"
           "never listed. The filter options choose which ties are compared (--from/--to do not apply).\n";
}

std::vector<OptionSpec> DiffCommand::options() const
{
    std::vector<OptionSpec> options{{"--at", "A", "a date or FROM/TO window to compare (give it twice)", true}};
    for (OptionSpec &option : AnalysisSession::options(false))
        options.push_back(std::move(option));
    return options;
}

int DiffCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto at = arguments.values("--at");
    if (at.size() != 2)
        throw UsageError("diff: give --at exactly twice (got " + std::to_string(at.size()) + ")");
    if (arguments.has("--from") || arguments.has("--to"))
        throw UsageError("diff: --from and --to do not apply; the two --at windows say when to compare");
    const DateInterval a = windowOf(at[0]);
    const DateInterval b = windowOf(at[1]);
    const bool swapped = b.first() < a.first() || (b.first() == a.first() && b.last() < a.last());
    const std::string aText = swapped ? at[1] : at[0];
    const std::string bText = swapped ? at[0] : at[1];
    const AnalysisSession session(arguments, context);
    const DateComparison::Result result = DateComparison::compare(session.view(), a, b);
    const Dataset &data = session.data();

    if (session.json()) {
        nlohmann::json changes = nlohmann::json::array();
        for (const DateComparison::Row &row : result.rows) {
            nlohmann::json tie = session.tieJson(row.tie);
            tie["change"] = DateComparison::name(row.change);
            tie["at_a"] = DateComparison::name(row.atA);
            tie["at_b"] = DateComparison::name(row.atB);
            changes.push_back(std::move(tie));
        }
        const nlohmann::json document{{"a", aText},
                                      {"b", bText},
                                      {"compared", result.compared},
                                      {"undated", result.undated},
                                      {"changes", std::move(changes)}};
        context.out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    TextTable table(ComparisonRows::header(aText, bText));
    for (const DateComparison::Row &row : result.rows)
        table.add(ComparisonRows::row(data, row));
    context.out << "Between " << TerminalText::clean(aText) << " and " << TerminalText::clean(bText) << ": "
                << ComparisonRows::summary(result) << "\n";
    if (!result.rows.empty())
        table.print(context.out);
    return ExitOk;
}

} // namespace tiescope::cli
