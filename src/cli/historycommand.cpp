// SPDX-License-Identifier: MIT
#include "historycommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "databaselocator.h"
#include "exitcode.h"
#include "io/boundedjson.h"
#include "io/datasetreader.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

using nlohmann::ordered_json;

namespace {

ordered_json parsed(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : BoundedJson::parse<ordered_json>(text, false);
}

} // namespace

std::string HistoryCommand::summary() const
{
    return "show a store's audit trail: who changed which record, when, before and after";
}

std::string HistoryCommand::synopsis() const
{
    return "[--db FILE] [--json] [--limit N]";
}

std::string HistoryCommand::details() const
{
    return "Text: one line per changed row, oldest first:\n"
           "  CHANGE-SET TIME AUTHOR OPERATION TABLE KEY (id N) \"LABEL\"\n"
           "JSON: an array of {id, time, author, change_set, label, table, key, record_id, operation,\n"
           "before, after}, with before and after as the records' JSON (null for none).\n";
}

std::vector<OptionSpec> HistoryCommand::options() const
{
    return {
        {"--json", "", "print JSON instead of text"},
        {"--limit", "N", "only the newest N rows"},
    };
}

int HistoryCommand::run(const Arguments &arguments, CommandContext &context) const
{
    std::size_t limit = 0;
    if (const auto text = arguments.value("--limit")) {
        try {
            std::size_t used = 0;
            const long value = std::stol(*text, &used);
            if (used != text->size() || value < 1)
                throw std::invalid_argument(*text);
            limit = static_cast<std::size_t>(value);
        } catch (const std::exception &) {
            throw UsageError("history: --limit takes a positive number, not \"" + TerminalText::clean(*text) + "\"");
        }
    }
    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    if (DatasetReader::isDatasetFolder(path))
        throw InputError(path, "is a dataset folder, which has no audit trail; history belongs to a store file");
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    const std::vector<AuditEntry> entries = store.history(limit);
    if (arguments.has("--json")) {
        ordered_json list = ordered_json::array();
        for (const AuditEntry &e : entries)
            list.push_back(ordered_json{{"id", e.id},           {"time", e.time},
                                        {"author", e.author},   {"change_set", e.changeSet},
                                        {"label", e.label},     {"table", e.table},
                                        {"key", e.key},         {"record_id", e.rowId},
                                        {"operation", e.operation}, {"before", parsed(e.before)},
                                        {"after", parsed(e.after)}});
        context.out << list.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    for (const AuditEntry &e : entries)
        context.out << e.changeSet << ' ' << e.time << ' ' << TerminalText::clean(e.author) << ' ' << e.operation << ' '
                    << e.table << ' ' << TerminalText::clean(e.key) << " (id " << e.rowId << ") \""
                    << TerminalText::clean(e.label) << "\"\n";
    if (entries.empty())
        context.out << TerminalText::clean(path) << ": no changes recorded\n";
    return ExitOk;
}

} // namespace tiescope::cli
