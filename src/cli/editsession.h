// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "arguments.h"
#include "commandcontext.h"
#include "edit/changeset.h"
#include "optionspec.h"
#include "store/store.h"

namespace tiescope::cli {

// What the edit commands (add-entity, add-tie, add-source, cite, edit, delete, merge) share:
// opening the --db store for writing (never the bundled one), who the author is, applying one
// change-set and reporting it, and turning option values into dataset-file JSON.
class EditSession final
{
public:
    // --author and --label, for every edit command.
    [[nodiscard]] static std::vector<OptionSpec> options();
    // --source, --locator, --quote, --grade: the citation an add carries.
    [[nodiscard]] static std::vector<OptionSpec> citationOptions(bool required);

    // The --db store opened read-write (upgraded when old). Refuses the bundled store, a
    // dataset folder and a missing --db, saying what to do instead.
    [[nodiscard]] static Store open(const CommandContext &context, const std::string &command);
    // --author NAME, else $USER, else the account's name, else "unknown".
    [[nodiscard]] static std::string author(const Arguments &arguments);

    // Applies and prints one line per changed row (exit 0), or every problem to standard
    // error with "nothing written" (exit 1). The label is --label or `fallbackLabel`.
    [[nodiscard]] static int apply(Store &store, ChangeSet changeSet, const std::string &fallbackLabel,
                                   const Arguments &arguments, CommandContext &context);

    // The option's value; UsageError naming the command when it is missing or empty.
    [[nodiscard]] static std::string required(const Arguments &arguments, const std::string &option,
                                              const std::string &command);
    // A citation from --source/--locator/--quote/--grade, or null when --source is not given.
    [[nodiscard]] static nlohmann::ordered_json citation(const Arguments &arguments, const std::string &command);
    // A field's value as typed on the command line: numbers stay numbers where the format has
    // them, "null" or nothing is null, aliases are a JSON array or a '|'-separated list.
    [[nodiscard]] static nlohmann::ordered_json fieldValue(const std::string &field, const std::string &text);
    // The record named by the positionals TABLE KEY: entity, tie or source and its key, or
    // citation and its id. UsageError when they are missing or malformed.
    struct Target
    {
        RecordTable table;
        std::string key;
        std::int64_t rowId = 0;
    };
    [[nodiscard]] static Target target(const Arguments &arguments, const std::string &command);
    // Sets `field` from an option when it was given.
    static void setIfGiven(nlohmann::ordered_json &record, const Arguments &arguments, const std::string &option,
                           const std::string &field);
};

} // namespace tiescope::cli
