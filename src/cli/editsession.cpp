// SPDX-License-Identifier: MIT
#include "editsession.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "databaselocator.h"
#include "exitcode.h"
#include "io/datasetreader.h"
#include "model/inputerror.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

bool sameFile(const fs::path &a, const fs::path &b)
{
    std::error_code error;
    return fs::equivalent(a, b, error);
}

// "12" -> 12, "0.5" -> 0.5; anything else stays text (and the record check names it).
ordered_json number(const std::string &text)
{
    try {
        std::size_t used = 0;
        if (text.find_first_of(".eE") == std::string::npos) {
            const long long value = std::stoll(text, &used);
            if (used == text.size())
                return value;
        } else {
            const double value = std::stod(text, &used);
            if (used == text.size())
                return value;
        }
    } catch (const std::exception &) {
    }
    return text;
}

} // namespace

std::vector<OptionSpec> EditSession::options()
{
    return {
        {"--author", "NAME", "who makes the change, for the audit trail (default: the OS user)"},
        {"--label", "TEXT", "what the change is, for the audit trail (default: the command line)"},
    };
}

std::vector<OptionSpec> EditSession::citationOptions(bool required)
{
    const std::string need = required ? " (required)" : "";
    return {
        {"--source", "KEY", "the source that backs it" + need},
        {"--locator", "TEXT", "where in the source, e.g. a section heading"},
        {"--quote", "TEXT", "a short quote from the source (at most 500 characters)"},
        {"--grade", "GRADE", "Admiralty grade, reliability A-F and credibility 1-6, e.g. B2" + need},
    };
}

Store EditSession::open(const CommandContext &context, const std::string &command)
{
    if (context.databasePath.empty()) {
        std::string bundled = TIESCOPE_BUNDLED_DB;
        try {
            bundled = DatabaseLocator::resolve({}, context.executablePath);
        } catch (const InputError &) {
        }
        throw UsageError(command + ": --db FILE is required; the bundled store is never edited, copy it first (cp " +
                         bundled + " mine.db) or build one with build-db");
    }
    for (const fs::path &bundled : DatabaseLocator::candidates(context.executablePath)) {
        if (sameFile(bundled, context.databasePath))
            throw InputError(context.databasePath, "is the bundled store, which is never edited; copy it first "
                                                   "(cp " + context.databasePath + " mine.db) and use --db mine.db");
    }
    if (DatasetReader::isDatasetFolder(context.databasePath))
        throw InputError(context.databasePath, "is a dataset folder; edits go to a store file (make one with "
                                               "'tiescope-cli build-db --dataset DIR --out FILE')");
    return Store::open(context.databasePath, Store::Mode::ReadWrite);
}

std::string EditSession::author(const Arguments &arguments)
{
    if (const auto name = arguments.value("--author"); name && !name->empty())
        return *name;
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name)
        return account->pw_name;
    return "unknown";
}

std::string EditSession::required(const Arguments &arguments, const std::string &option, const std::string &command)
{
    const auto value = arguments.value(option);
    if (!value || value->empty())
        throw UsageError(command + ": " + option + " is required (see 'tiescope-cli " + command + " --help')");
    return *value;
}

ordered_json EditSession::citation(const Arguments &arguments, const std::string &command)
{
    if (!arguments.has("--source"))
        return nullptr;
    const std::string grade = required(arguments, "--grade", command);
    ordered_json citation = ordered_json::object();
    citation["source"] = required(arguments, "--source", command);
    citation["locator"] = arguments.value("--locator").value_or("");
    setIfGiven(citation, arguments, "--quote", "quote");
    // Passed on as written, so a grade off the scale gets the dataset rule's own message.
    citation["reliability"] = grade.substr(0, 1);
    citation["credibility"] = number(grade.substr(1));
    return citation;
}

ordered_json EditSession::fieldValue(const std::string &field, const std::string &text)
{
    if (field == "aliases") {
        if (!text.empty() && text.front() == '[') {
            try {
                return ordered_json::parse(text);
            } catch (const ordered_json::exception &) {
                throw UsageError("--set aliases: not a JSON array: " + text);
            }
        }
        ordered_json list = ordered_json::array();
        std::size_t start = 0;
        while (!text.empty() && start <= text.size()) {
            const std::size_t bar = text.find('|', start);
            list.push_back(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
            if (bar == std::string::npos)
                break;
            start = bar + 1;
        }
        return list;
    }
    if (text.empty() || text == "null")
        return nullptr;
    if (field == "strength" || field == "credibility")
        return number(text);
    return text;
}

EditSession::Target EditSession::target(const Arguments &arguments, const std::string &command)
{
    const auto &words = arguments.positionals();
    const std::string help = " (see 'tiescope-cli " + command + " --help')";
    if (words.size() != 2)
        throw UsageError(command + ": give the record as TABLE KEY, e.g. 'tie gpn-owns-nis'" + help);
    static const std::pair<const char *, RecordTable> tables[] = {{"entity", RecordTable::Entities},
                                                                  {"tie", RecordTable::Ties},
                                                                  {"source", RecordTable::Sources},
                                                                  {"citation", RecordTable::Citations}};
    for (const auto &[word, table] : tables) {
        if (words[0] != word)
            continue;
        if (table != RecordTable::Citations)
            return Target{table, words[1]};
        const ordered_json id = number(words[1]);
        if (!id.is_number_integer() || id.get<std::int64_t>() < 1)
            throw UsageError(command + ": a citation is named by its id (a number, see 'history'), not \"" +
                             TerminalText::clean(words[1]) + "\"" + help);
        return Target{table, {}, id.get<std::int64_t>()};
    }
    throw UsageError(command + ": unknown record type \"" + TerminalText::clean(words[0]) +
                     "\"; one of entity, tie, source, citation" + help);
}

void EditSession::setIfGiven(ordered_json &record, const Arguments &arguments, const std::string &option,
                             const std::string &field)
{
    if (const auto value = arguments.value(option))
        record[field] = fieldValue(field, *value);
}

int EditSession::apply(Store &store, ChangeSet changeSet, const std::string &fallbackLabel, const Arguments &arguments,
                       CommandContext &context)
{
    changeSet.setLabel(arguments.value("--label").value_or(fallbackLabel));
    const ApplyResult result = store.apply(changeSet, author(arguments));
    if (!result.ok()) {
        for (const Problem &problem : result.problems)
            context.err << TerminalText::clean(problem.toString()) << '\n';
        context.err << context.program << ": " << TerminalText::clean(store.path()) << ": " << result.problems.size()
                    << (result.problems.size() == 1 ? " problem" : " problems") << "; nothing written\n";
        return ExitFailure;
    }
    context.out << "change-set " << result.changeSetId << " (" << TerminalText::clean(changeSet.label())
                << "): " << result.changes.size() << (result.changes.size() == 1 ? " change" : " changes") << '\n';
    for (const AppliedChange &change : result.changes)
        context.out << "  " << toString(change.operation) << ' ' << toString(change.table) << ' '
                    << TerminalText::clean(change.key) << " (id " << change.rowId << ")\n";
    return ExitOk;
}

} // namespace tiescope::cli
