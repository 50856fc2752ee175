// SPDX-License-Identifier: MIT
#include "analytics/defaultpair.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "io/datasetreader.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

using Pair = std::optional<std::pair<EntityId, EntityId>>;

Pair pairOf(const Dataset &data, const char *a, const char *b)
{
    return std::pair{*data.findEntity(a), *data.findEntity(b)};
}

Tie copyOf(const Dataset &data, const char *key, const char *newKey)
{
    Tie tie = data.tie(*data.findTie(key));
    tie.key = newKey;
    return tie;
}

} // namespace

TEST(DefaultPair, OnTheBundledDataSerbiaDependsOnRussia)
{
    const auto folder = std::filesystem::path(TIESCOPE_SOURCE_DIR) / "data" / "serbia-russia";
    if (!std::filesystem::exists(folder / "dataset.json"))
        GTEST_SKIP() << "bundled dataset not present at " << folder;
    const DatasetReader::Result result = DatasetReader::read(folder);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(DefaultPair::pick(result.dataset), pairOf(result.dataset, "serbia", "russia"));
}

TEST(DefaultPair, IsThePairWithTheMostDependencyTiesFromAToB)
{
    Dataset data = fixtures::makeSmallFixture();
    // Two mutual ties each way between Serbia and Russia; equal counts go to the first in the
    // data's order, Serbia.
    EXPECT_EQ(DefaultPair::pick(data), pairOf(data, "serbia", "russia"));

    // Three ownership ties make NIS (owned) depend on Gazprom Neft (owner) the most.
    data.addTie(copyOf(data, "gpn-owns-nis", "gpn-owns-nis-2"));
    data.addTie(copyOf(data, "gpn-owns-nis", "gpn-owns-nis-3"));
    EXPECT_EQ(DefaultPair::pick(data), pairOf(data, "nis", "gazprom-neft"));

    // Ties of no dependency and self-ties never count, however many.
    data.addRelation(RelationType{"criticises", "criticises", "", true, Dependence::None, 0.5});
    for (const char *key : {"c1", "c2", "c3", "c4"}) {
        Tie tie = copyOf(data, "serbia-pfp", key);
        tie.relation = *data.findRelation("criticises");
        data.addTie(std::move(tie));
    }
    for (const char *key : {"s1", "s2", "s3", "s4"}) {
        Tie tie = copyOf(data, "russia-owns-gpn", key);
        tie.from = tie.to;
        data.addTie(std::move(tie));
    }
    EXPECT_EQ(DefaultPair::pick(data), pairOf(data, "nis", "gazprom-neft"));
}

TEST(DefaultPair, WithoutDependencyTiesTakesTheTwoBusiestEntities)
{
    Dataset data = fixtures::makeSmallFixture();
    Dataset flat;
    for (const Domain &domain : data.domains())
        flat.addDomain(domain);
    for (const EntityKind &kind : data.kinds())
        flat.addKind(kind);
    flat.addRelation(RelationType{"meets", "meets", "", false, Dependence::None, 0.5});
    flat.addSource(data.sources().front());
    for (const Entity &entity : data.entities())
        flat.addEntity(entity);
    for (const Tie &tie : data.ties()) {
        Tie copy = tie;
        copy.relation = *flat.findRelation("meets");
        flat.addTie(std::move(copy));
    }
    // Serbia has six ties, Russia four.
    EXPECT_EQ(DefaultPair::pick(flat), pairOf(flat, "serbia", "russia"));
    // Five more between NATO and the EU give both six: NATO comes first in the data's order.
    for (const char *key : {"m1", "m2", "m3", "m4", "m5"}) {
        Tie tie = copyOf(flat, "serbia-pfp", key);
        tie.from = *flat.findEntity("nato");
        tie.to = *flat.findEntity("eu");
        flat.addTie(std::move(tie));
    }
    EXPECT_EQ(DefaultPair::pick(flat), pairOf(flat, "serbia", "nato"));

    Dataset lonely;
    EXPECT_FALSE(DefaultPair::pick(lonely).has_value());
    lonely.addKind(EntityKind{"state", "state"});
    Entity only;
    only.key = "only";
    only.name = "Only";
    only.kind = *lonely.findKind("state");
    lonely.addEntity(only);
    EXPECT_FALSE(DefaultPair::pick(lonely).has_value());
}
