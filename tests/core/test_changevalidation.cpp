// SPDX-License-Identifier: MIT
// A change-set meets the dataset rules, one test per rule: every problem names the store, the
// record and what is wrong, and nothing of a failing change-set is written.
#include <algorithm>
#include <cstdint>

#include <gtest/gtest.h>

#include "editfixture.h"
#include "storedump.h"

using namespace tiescope;
using fixtures::EditFixture;
using fixtures::citationOf;
using fixtures::dumpTables;
using fixtures::newTie;
using nlohmann::ordered_json;

namespace {

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// Applies a change-set that must fail; checks the store is untouched; returns its problems.
std::string rejected(EditFixture &fixture, const ChangeSet &changeSet)
{
    const std::string before = dumpTables(fixture.path());
    const std::string problems = fixture.problemsOf(changeSet);
    EXPECT_EQ(dumpTables(fixture.path()), before);
    EXPECT_TRUE(fixture.store().history().empty());
    return problems;
}

ordered_json serbianCompany(const char *key, const char *name)
{
    return {{"id", key},
            {"name", name},
            {"kind", "company"},
            {"country", "RS"},
            {"aliases", ordered_json::array()},
            {"description", ""},
            {"citations", ordered_json::array()}};
}

} // namespace

TEST(ChangeValidation, UnknownReference)
{
    EditFixture fixture;
    ChangeSet c("tie to nowhere");
    c.add(RecordTable::Ties, newTie("serbia-owns-atlantis", "serbia", "atlantis"));
    const std::string problems = rejected(fixture, c);
    EXPECT_TRUE(contains(problems, "tie \"serbia-owns-atlantis\": field \"to\": unknown entity \"atlantis\" (not in "
                                   "the store)"))
        << problems;
}

TEST(ChangeValidation, EndBeforeStart)
{
    EditFixture fixture;
    ChangeSet c("backwards");
    c.update(RecordTable::Ties, "serbia-pfp", {{"end", "2001"}});
    const std::string problems = rejected(fixture, c);
    EXPECT_TRUE(contains(problems, "tie \"serbia-pfp\": ends (2001) before it starts (2006-12-14)")) << problems;
}

TEST(ChangeValidation, TieWithoutCitation)
{
    EditFixture fixture;
    ChangeSet add("uncited");
    ordered_json tie = newTie("serbia-owns-nis", "serbia", "nis");
    tie.erase("citations");
    add.add(RecordTable::Ties, tie);
    EXPECT_TRUE(contains(rejected(fixture, add), "tie \"serbia-owns-nis\": has no citation; every tie needs at least one"));

    // Taking away a tie's only citation breaks the same rule.
    const Dataset data = fixture.store().load();
    ChangeSet strip("strip");
    strip.removeCitation(data.tie(*data.findTie("serbia-pfp")).citations.at(0).rowId);
    EXPECT_TRUE(contains(rejected(fixture, strip), "tie \"serbia-pfp\": has no citation"));

    // A citation added later in the same change-set is enough.
    ChangeSet twoSteps("two steps");
    twoSteps.add(RecordTable::Ties, tie);
    ordered_json citation = citationOf("src", "B", 2);
    citation["tie"] = "serbia-owns-nis";
    twoSteps.addCitation(citation);
    EXPECT_TRUE(fixture.apply(twoSteps).ok());
}

TEST(ChangeValidation, GradeOffTheScale)
{
    EditFixture fixture;
    ChangeSet c("bad grades");
    ordered_json tooCredible = citationOf("src", "B", 7);
    tooCredible["tie"] = "serbia-pfp";
    ordered_json badLetter = citationOf("src", "G", 2);
    badLetter["entity"] = "serbia";
    c.addCitation(tooCredible).addCitation(badLetter);
    const std::string problems = rejected(fixture, c);
    EXPECT_TRUE(contains(problems, "field \"credibility\": 7 is not an information credibility grade 1..6")) << problems;
    EXPECT_TRUE(contains(problems, "field \"reliability\": \"G\" is not a source reliability grade \"A\"..\"F\""))
        << problems;
}

TEST(ChangeValidation, DuplicateKey)
{
    EditFixture fixture;
    ChangeSet c("again");
    c.add(RecordTable::Entities, {{"id", "serbia"}, {"name", "Serbia again"}, {"kind", "state"}});
    const std::string problems = rejected(fixture, c);
    EXPECT_TRUE(contains(problems, "entity \"serbia\": duplicate id: an existing entity has the same id")) << problems;
}

TEST(ChangeValidation, EveryProblemIsReportedAndAGoodStepBeforeABadOneIsNotKept)
{
    EditFixture fixture;
    ChangeSet c("mixed");
    c.update(RecordTable::Entities, "nis", {{"name", "Renamed"}}); // fine on its own
    c.update(RecordTable::Entities, "eu", {{"country", "europe"}, {"kind", "empire"}});
    c.remove(RecordTable::Sources, "src");
    c.merge("nato", "nato");
    const std::string problems = rejected(fixture, c);
    EXPECT_TRUE(contains(problems, "entity \"eu\": country \"europe\" is not an ISO 3166-1 alpha-2 code")) << problems;
    EXPECT_TRUE(contains(problems, "source \"src\": is cited by")) << problems;
    EXPECT_TRUE(contains(problems, "entity \"nato\": cannot be merged into itself")) << problems;
    EXPECT_EQ(fixture.store().load().entity(*fixture.store().load().findEntity("nis")).name, "NIS");
}

TEST(ChangeValidation, KeysCannotBeChangedAndUnknownFieldsAreRefused)
{
    EditFixture fixture;
    ChangeSet rename("rename");
    rename.update(RecordTable::Entities, "nis", {{"id", "nis-2"}});
    EXPECT_TRUE(contains(rejected(fixture, rename), "the id cannot be changed"));
    ChangeSet unknown("unknown");
    unknown.update(RecordTable::Ties, "serbia-pfp", {{"colour", "red"}});
    EXPECT_TRUE(contains(rejected(fixture, unknown), "colour")) ;
}

// Store::apply counts a tie given a citation in the change-set as cited without asking the
// store again; a later step that takes that citation away must undo that.
TEST(ChangeValidation, ACitationTakenAwayLaterInTheSameChangeSetLeavesTheNewTieUncited)
{
    EditFixture fixture;
    const Dataset data = fixture.store().load();
    std::int64_t lastCitation = 0;
    for (const Tie &tie : data.ties())
        for (const Citation &citation : tie.citations)
            lastCitation = std::max(lastCitation, citation.rowId);
    for (const Entity &entity : data.entities())
        for (const Citation &citation : entity.citations)
            lastCitation = std::max(lastCitation, citation.rowId);
    ChangeSet c("cite and take back");
    c.add(RecordTable::Ties, newTie("serbia-owns-nis", "serbia", "nis"));
    c.removeCitation(lastCitation + 1); // the id the tie's citation takes
    EXPECT_TRUE(contains(rejected(fixture, c), "tie \"serbia-owns-nis\": has no citation")) << c.label();
}

// Keys found once are remembered for the change-set: a key deleted and added again in one
// change-set names the new row, and the ids taken go on from the store's sequence afterwards.
TEST(ChangeValidation, AKeyDeletedAndAddedAgainInOneChangeSetNamesTheNewRow)
{
    EditFixture fixture;
    const std::int64_t oldNis = fixture.store().load().entity(*fixture.store().load().findEntity("nis")).rowId;
    ChangeSet c("replace nis");
    c.remove(RecordTable::Entities, "nis");
    c.add(RecordTable::Entities, serbianCompany("nis", "NIS again"));
    c.add(RecordTable::Ties, newTie("serbia-owns-nis", "serbia", "nis"));
    const ApplyResult result = fixture.apply(c);
    ASSERT_TRUE(result.ok()) << (result.problems.empty() ? "" : result.problems.front().toString());
    const Dataset after = fixture.store().load();
    const Entity &nis = after.entity(*after.findEntity("nis"));
    EXPECT_EQ(nis.name, "NIS again");
    EXPECT_GT(nis.rowId, oldNis);
    EXPECT_EQ(after.tie(*after.findTie("serbia-owns-nis")).to, *after.findEntity("nis"));

    // The next change-set's new entity takes the id after the one this change-set gave.
    ChangeSet next("one more");
    next.add(RecordTable::Entities, serbianCompany("jadran", "Jadran"));
    ASSERT_TRUE(fixture.apply(next).ok());
    const Dataset last = fixture.store().load();
    EXPECT_EQ(last.entity(*last.findEntity("jadran")).rowId, nis.rowId + 1);
}
