// SPDX-License-Identifier: MIT
#include "io/datasetvalidator.h"

#include <cmath>

#include <gtest/gtest.h>

#include "model/dataset.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

// The fixture with one tie changed by `edit`; Dataset has no mutable access, so rebuild.
template <typename Edit>
Dataset withTie(const std::string &key, Edit &&edit)
{
    const Dataset original = fixtures::makeSmallFixture();
    Dataset copy;
    copy.info() = original.info();
    for (const Domain &d : original.domains())
        copy.addDomain(d);
    for (const EntityKind &k : original.kinds())
        copy.addKind(k);
    for (const RelationType &r : original.relations())
        copy.addRelation(r);
    for (const Source &s : original.sources())
        copy.addSource(s);
    for (const Entity &e : original.entities())
        copy.addEntity(e);
    for (Tie tie : original.ties()) {
        if (tie.key == key)
            edit(tie);
        copy.addTie(std::move(tie));
    }
    return copy;
}

std::vector<std::string> lines(const std::vector<Problem> &problems)
{
    std::vector<std::string> result;
    for (const Problem &problem : problems)
        result.push_back(problem.toString());
    return result;
}

} // namespace

TEST(DatasetValidator, TheFixtureIsClean)
{
    EXPECT_TRUE(DatasetValidator::validate(fixtures::makeSmallFixture(), "store.db").empty());
}

TEST(DatasetValidator, EndBeforeStartNamesTheStoreFileAndTheTie)
{
    const Dataset data = withTie("serbia-pfp", [](Tie &t) { t.end = EdtfDate::parse("2005"); });
    EXPECT_EQ(lines(DatasetValidator::validate(data, "store.db")),
              std::vector<std::string>{"store.db: tie \"serbia-pfp\": ends (2005) before it starts (2006-12-14)"});
}

TEST(DatasetValidator, TieWithoutCitation)
{
    const Dataset data = withTie("serbia-pfp", [](Tie &t) { t.citations.clear(); });
    EXPECT_EQ(lines(DatasetValidator::validate(data, "store.db")),
              std::vector<std::string>{"store.db: tie \"serbia-pfp\": has no citation; every tie needs at least one"});
}

TEST(DatasetValidator, StrengthRange)
{
    EXPECT_EQ(DatasetValidator::validate(withTie("serbia-pfp", [](Tie &t) { t.strength = -0.01; }), "s").size(), 1U);
    EXPECT_EQ(DatasetValidator::validate(withTie("serbia-pfp", [](Tie &t) { t.strength = 1.0; }), "s").size(), 0U);
    EXPECT_EQ(DatasetValidator::validate(withTie("serbia-pfp", [](Tie &t) { t.strength = 0.0; }), "s").size(), 0U);
    EXPECT_EQ(DatasetValidator::validate(withTie("serbia-pfp", [](Tie &t) { t.strength = std::nan(""); }), "s").size(),
              1U);
}

TEST(DatasetValidator, DanglingReferences)
{
    const Dataset data = withTie("serbia-pfp", [](Tie &t) {
        t.to = EntityId(999);
        t.citations[0].source = SourceId(42);
    });
    EXPECT_EQ(lines(DatasetValidator::validate(data, "s.db")),
              (std::vector<std::string>{"s.db: tie \"serbia-pfp\": refers to a missing entity",
                                        "s.db: tie \"serbia-pfp\": refers to a missing source"}));
}

TEST(DatasetValidator, FolderNamingPutsEachTableInItsFile)
{
    Dataset data = fixtures::makeSmallFixture();
    data.addDomain(Domain{"space", "Space", "#12345"});
    const auto problems =
        DatasetValidator::validate(data, [](std::string_view table) { return "dir/" + std::string(table) + ".json"; });
    EXPECT_EQ(lines(problems),
              std::vector<std::string>{"dir/domains.json: domain \"space\": colour \"#12345\" is not of the form \"#rrggbb\""});
}

TEST(DatasetValidator, KeySyntax)
{
    EXPECT_TRUE(DatasetValidator::isValidKey("serbia"));
    EXPECT_TRUE(DatasetValidator::isValidKey("mig-29"));
    EXPECT_TRUE(DatasetValidator::isValidKey("1999-bombing"));
    EXPECT_FALSE(DatasetValidator::isValidKey(""));
    EXPECT_FALSE(DatasetValidator::isValidKey("-serbia"));
    EXPECT_FALSE(DatasetValidator::isValidKey("Serbia"));
    EXPECT_FALSE(DatasetValidator::isValidKey("mig_29"));
    EXPECT_FALSE(DatasetValidator::isValidKey("gazprom neft"));
}

TEST(DatasetValidator, ColourSyntax)
{
    EXPECT_TRUE(DatasetValidator::isValidColour("#a1B2c3"));
    EXPECT_FALSE(DatasetValidator::isValidColour("#a1B2c"));
    EXPECT_FALSE(DatasetValidator::isValidColour("a1B2c3f"));
    EXPECT_FALSE(DatasetValidator::isValidColour("#a1B2cg"));
}

TEST(DatasetValidator, EmptyLabelsAndNames)
{
    Dataset data = fixtures::makeSmallFixture();
    data.addKind(EntityKind{"person", ""});
    Entity nameless;
    nameless.key = "nobody";
    nameless.kind = KindId(0);
    data.addEntity(nameless);
    EXPECT_EQ(lines(DatasetValidator::validate(data, "s")),
              (std::vector<std::string>{"s: kind \"person\": label is empty", "s: entity \"nobody\": name is empty"}));
}
