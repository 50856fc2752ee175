// SPDX-License-Identifier: MIT
#include "analytics/entityresolver.h"

#include <gtest/gtest.h>

#include "smallfixture.h"

using namespace tiescope;

namespace {

class Resolver : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    EntityResolver resolver{data};
    EntityId id(const char *key) const { return *data.findEntity(key); }
};

} // namespace

TEST_F(Resolver, AcceptsIdsNamesAndAliasesIgnoringCase)
{
    EXPECT_EQ(resolver.resolve("gazprom-neft").entity, id("gazprom-neft"));
    EXPECT_EQ(resolver.resolve("GAZPROM NEFT").entity, id("gazprom-neft"));
    EXPECT_EQ(resolver.resolve("european union").entity, id("eu"));
    EXPECT_EQ(resolver.resolve("Serbia").entity, id("serbia"));
}

TEST_F(Resolver, UnknownNameListsCloseMatches)
{
    const auto result = resolver.resolve("Serbai");
    EXPECT_FALSE(result.entity.has_value());
    ASSERT_FALSE(result.candidates.empty());
    EXPECT_EQ(result.candidates.front(), id("serbia"));
    EXPECT_NE(result.message.find("unknown entity \"Serbai\""), std::string::npos);
    EXPECT_NE(result.message.find("serbia (Serbia)"), std::string::npos);

    const auto partial = resolver.resolve("gazprom");
    EXPECT_FALSE(partial.entity.has_value());
    EXPECT_EQ(partial.candidates, std::vector<EntityId>{id("gazprom-neft")});

    const auto nothing = resolver.resolve("Atlantis of the North");
    EXPECT_TRUE(nothing.candidates.empty());
    EXPECT_NE(nothing.message.find("no close match"), std::string::npos);
}

TEST(ResolverAliases, AliasSharedByTwoEntitiesIsAmbiguous)
{
    Dataset d = fixtures::makeSmallFixture();
    Entity a;
    a.key = "gazprom";
    a.name = "Gazprom";
    a.kind = KindId(0);
    a.aliases = {"GP"};
    d.addEntity(a);
    Entity b;
    b.key = "gazprom-neft-2";
    b.name = "Gazprom Neft PJSC";
    b.kind = KindId(0);
    b.aliases = {"gp"};
    d.addEntity(b);
    const EntityResolver resolver(d);
    const auto result = resolver.resolve("Gp");
    EXPECT_FALSE(result.entity.has_value());
    EXPECT_EQ(result.candidates.size(), 2U);
    EXPECT_NE(result.message.find("ambiguous"), std::string::npos);
    EXPECT_EQ(resolver.resolve("GP ").entity, std::nullopt);
    EXPECT_EQ(resolver.resolve("gazprom").entity, *d.findEntity("gazprom")); // exact id wins
}

TEST(ResolverDistance, Levenshtein)
{
    EXPECT_EQ(EntityResolver::editDistance("kitten", "sitting"), 3U);
    EXPECT_EQ(EntityResolver::editDistance("", "abc"), 3U);
    EXPECT_EQ(EntityResolver::editDistance("nis", "nis"), 0U);
}
