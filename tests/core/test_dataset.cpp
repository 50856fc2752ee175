// SPDX-License-Identifier: MIT
#include "model/dataset.h"

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "smallfixture.h"

using namespace tiescope;

TEST(Dataset, FindsRowsByKey)
{
    const Dataset d = fixtures::makeSmallFixture();
    const auto nis = d.findEntity("nis");
    ASSERT_TRUE(nis);
    EXPECT_EQ(d.entity(*nis).name, "NIS");
    EXPECT_FALSE(d.findEntity("atlantis"));
    EXPECT_EQ(d.domain(*d.findDomain("arms")).key, "arms");
}

TEST(Dataset, RejectsADuplicateKey)
{
    Dataset d = fixtures::makeSmallFixture();
    Entity again;
    again.key = "serbia";
    EXPECT_THROW(d.addEntity(again), std::invalid_argument);
    EXPECT_EQ(d.entities().size(), 7U);
}

TEST(Dataset, KeepsParallelTiesApart)
{
    const Dataset d = fixtures::makeSmallFixture();
    int russiaToSerbia = 0;
    for (const Tie &tie : d.ties())
        russiaToSerbia += (d.entity(tie.from).key == "russia" && d.entity(tie.to).key == "serbia") ? 1 : 0;
    EXPECT_EQ(russiaToSerbia, 2);
}

TEST(Dataset, StrengthFallsBackToTheRelationDefault)
{
    Dataset d = fixtures::makeSmallFixture();
    const Tie &tie = d.tie(*d.findTie("gpn-owns-nis"));
    EXPECT_DOUBLE_EQ(d.strengthOf(tie), 0.9);
    Tie withStrength = tie;
    withStrength.strength = 0.25;
    EXPECT_DOUBLE_EQ(d.strengthOf(withStrength), 0.25);
}

// The key index grows by rehashing its stored hashes and reads keys from the rows: after many
// growths, every key still finds its own row, absent keys (including prefixes and near
// misses) find nothing, a rejected duplicate leaves no row behind, and a copy of the dataset
// finds keys in its own rows.
TEST(Dataset, KeyIndexSurvivesGrowthDuplicatesAndCopies)
{
    Dataset data;
    data.addKind(EntityKind{"state", "State"});
    const int count = 5000;
    Entity entity;
    for (int i = 0; i < count; ++i) {
        entity.key = "e-" + std::to_string(i);
        data.addEntity(entity);
    }
    entity.key = "e-4999";
    EXPECT_THROW(data.addEntity(entity), std::invalid_argument);
    ASSERT_EQ(data.entities().size(), static_cast<std::size_t>(count));
    const Dataset copy = data;
    for (int i = 0; i < count; ++i) {
        const std::string key = "e-" + std::to_string(i);
        ASSERT_EQ(data.findEntity(key), EntityId(i)) << key;
        ASSERT_EQ(copy.findEntity(key), EntityId(i)) << key;
    }
    for (const char *absent : {"e-", "e-5000", "e-00", "E-1", ""})
        EXPECT_FALSE(data.findEntity(absent).has_value()) << absent;
    EXPECT_FALSE(Dataset{}.findEntity("e-1").has_value());
}

// The store reader appends ties unindexed and indexes them in bulk: every key is found
// afterwards, and a repeated key is reported as the later of the two ties.
TEST(Dataset, BulkIndexedTiesAreFoundAndARepeatIsReported)
{
    Dataset data = fixtures::makeSmallFixture();
    const std::size_t before = data.ties().size();
    Tie tie = data.ties()[0];
    tie.key = "bulk-1";
    data.appendTieUnindexed(tie);
    EXPECT_EQ(data.indexTies(), std::nullopt);
    EXPECT_EQ(data.findTie("bulk-1"), TieId(static_cast<std::uint32_t>(before)));
    EXPECT_EQ(data.findTie("gpn-owns-nis"), TieId(0));

    tie.key = "gpn-owns-nis";
    data.appendTieUnindexed(tie);
    EXPECT_EQ(data.indexTies(), TieId(static_cast<std::uint32_t>(before + 1)));
}
