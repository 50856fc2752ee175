// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/problem.h"

namespace tiescope {

class Dataset;
struct Citation;
struct Domain;
struct Entity;
struct EntityKind;
struct RelationType;
struct Source;
struct Tie;

// The integrity rules a Dataset must meet however it was loaded (dataset folder or store):
// id syntax, colours, strengths in [0, 1], a tie's end not before its start, every tie cited,
// grades on the Admiralty scales, references that lead somewhere. The dataset reader adds the
// structural checks only a file can fail (JSON types, missing fields, unknown ids, bad dates).
//
// The per-record checks return bare messages so the reader can run them on records it could
// not add to a Dataset; validate() places them in files and records.
class DatasetValidator final
{
public:
    // Which file a table lives in: "ties" -> ".../ties.json" for a folder, the db path for a store.
    using FileOf = std::function<std::string(std::string_view table)>;

    [[nodiscard]] static std::vector<Problem> validate(const Dataset &dataset, const FileOf &fileOf);
    // Every table in one file, as for a store.
    [[nodiscard]] static std::vector<Problem> validate(const Dataset &dataset, const std::string &file);

    [[nodiscard]] static std::vector<std::string> check(const Domain &domain);
    [[nodiscard]] static std::vector<std::string> check(const EntityKind &kind);
    [[nodiscard]] static std::vector<std::string> check(const RelationType &relation);
    [[nodiscard]] static std::vector<std::string> check(const Source &source);
    [[nodiscard]] static std::vector<std::string> check(const Entity &entity);
    [[nodiscard]] static std::vector<std::string> check(const Tie &tie);

    // Ids are kebab-case: [a-z0-9][a-z0-9-]*.
    [[nodiscard]] static bool isValidKey(std::string_view key);
    // "#rrggbb", hex digits in either case.
    [[nodiscard]] static bool isValidColour(std::string_view colour);
    // Empty, or two capital letters (ISO 3166-1 alpha-2).
    [[nodiscard]] static bool isValidCountry(std::string_view country);

    // A citation's grade as files and edits spell it (a letter and a number): what is off the
    // Admiralty scales, one message per scale; empty when it is a grade.
    [[nodiscard]] static std::vector<std::string> checkGrade(const std::optional<std::string> &reliability,
                                                             const std::optional<std::int64_t> &credibility);
    // A citation's quote: a message when it is longer than Citation::MaxQuoteLength characters
    // (UTF-8 code points), empty when it fits. A quote is a short excerpt, not the source's text.
    [[nodiscard]] static std::optional<std::string> checkQuote(std::string_view quote);
    // The messages for a reference to a missing record and for a key that is already taken, the
    // same for a dataset file and an edit of a store. `where` names the table's home, e.g.
    // "entities.json" or "the store".
    [[nodiscard]] static std::string unknownReference(std::string_view field, std::string_view what,
                                                      std::string_view key, std::string_view where);
    [[nodiscard]] static std::string duplicateKey(std::string_view holder);
    // A tie's status that is none of the four, and a tie left without any citation.
    [[nodiscard]] static std::string unknownStatus(std::string_view status);
    [[nodiscard]] static std::string uncitedTie();

    // How a record is named in messages: `tie "x"`, or `tie #3` when its id is unusable.
    [[nodiscard]] static std::string recordName(std::string_view what, std::string_view key);
    [[nodiscard]] static std::string recordName(std::string_view what, std::size_t position);

private:
    static void checkKey(std::string_view key, std::vector<std::string> &messages);
    static void checkCitations(const std::vector<Citation> &citations, std::vector<std::string> &messages);
};

} // namespace tiescope
