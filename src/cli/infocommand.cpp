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
    std::optional<PartialDate> earliest;
    std::optional<PartialDate> latest;
    for (const Tie &tie : data.ties()) {
        for (const auto &date : {tie.start, tie.end}) {
            if (!date)
                continue;
            if (!earliest || date->firstDay() < earliest->firstDay())
                earliest = date;
            if (!latest || date->lastDay() > latest->lastDay())
                latest = date;
        }
    }
    if (!earliest)
        return "no dated ties";
    return earliest->toString() + " .. " + latest->toString();
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
