// SPDX-License-Identifier: MIT
#include "infocommand.h"

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>

#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "model/dataset.h"
#include "terminaltext.h"

namespace tiescope::cli {

namespace {

// Prints "  key   count" lines with the keys aligned.
void printCounts(std::ostream &out, const std::string &title, const std::vector<std::pair<std::string, std::size_t>> &rows)
{
    out << '\n' << title << ":\n";
    std::size_t width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[key, count] : rows)
        out << "  " << TerminalText::clean(key) << std::string(width - key.size() + 2, ' ') << count << '\n';
}

// The earliest and latest dates any tie mentions, as written.
std::string dateSpan(const Dataset &data)
{
    std::optional<EdtfDate> earliest;
    std::optional<EdtfDate> latest;
    std::size_t undated = 0;
    for (const Tie &tie : data.ties()) {
        undated += tie.isUndated() ? 1 : 0;
        for (const auto &date : {tie.start, tie.end}) {
            // Open ends and open-sided bounds name no day to report.
            if (!date || date->isOpen())
                continue;
            if (date->earliestDay() != DateInterval::Min && (!earliest || date->earliestDay() < earliest->earliestDay()))
                earliest = date;
            if (date->latestDay() != DateInterval::Max && (!latest || date->latestDay() > latest->latestDay()))
                latest = date;
        }
    }
    const std::string undatedText = undated ? " (" + std::to_string(undated) + " undated ties)" : std::string();
    if (!earliest || !latest)
        return "no dated ties" + undatedText;
    return earliest->toString() + " .. " + latest->toString() + undatedText;
}

} // namespace

std::string InfoCommand::summary() const
{
    return "show the dataset's title and version, counts by domain, kind and status, and its date span";
}

std::string InfoCommand::synopsis() const
{
    return "[--db PATH]";
}

int InfoCommand::run(const Arguments &, CommandContext &context) const
{
    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    std::ostream &out = context.out;
    out << "Database: " << path << '\n';
    out << "Title:    " << TerminalText::clean(data.info().title) << '\n';
    out << "Version:  " << TerminalText::clean(data.info().version) << '\n';
    if (!data.info().builtAt.empty())
        out << "Built:    " << TerminalText::clean(data.info().builtAt) << '\n';
    out << "Entities: " << data.entities().size() << '\n';
    out << "Ties:     " << data.ties().size() << '\n';
    out << "Sources:  " << data.sources().size() << '\n';
    out << "Dates:    " << dateSpan(data) << '\n';

    std::vector<std::size_t> byDomain(data.domains().size(), 0);
    std::array<std::size_t, AllTieStatuses.size()> byStatus{};
    for (const Tie &tie : data.ties()) {
        ++byDomain.at(tie.domain.index());
        ++byStatus.at(static_cast<std::size_t>(tie.status));
    }
    std::vector<std::size_t> byKind(data.kinds().size(), 0);
    for (const Entity &entity : data.entities())
        ++byKind.at(entity.kind.index());

    std::vector<std::pair<std::string, std::size_t>> rows;
    for (std::size_t i = 0; i < byDomain.size(); ++i)
        rows.emplace_back(data.domains()[i].key, byDomain[i]);
    printCounts(out, "Ties by domain", rows);
    rows.clear();
    for (std::size_t i = 0; i < byKind.size(); ++i)
        rows.emplace_back(data.kinds()[i].key, byKind[i]);
    printCounts(out, "Entities by kind", rows);
    rows.clear();
    for (const TieStatus status : AllTieStatuses)
        rows.emplace_back(std::string(toString(status)), byStatus[static_cast<std::size_t>(status)]);
    printCounts(out, "Ties by status", rows);
    return ExitOk;
}

} // namespace tiescope::cli
