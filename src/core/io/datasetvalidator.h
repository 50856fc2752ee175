// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
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

    // How a record is named in messages: `tie "x"`, or `tie #3` when its id is unusable.
    [[nodiscard]] static std::string recordName(std::string_view what, std::string_view key);
    [[nodiscard]] static std::string recordName(std::string_view what, std::size_t position);

private:
    static void checkKey(std::string_view key, std::vector<std::string> &messages);
    static void checkCitations(const std::vector<Citation> &citations, std::vector<std::string> &messages);
};

} // namespace tiescope
