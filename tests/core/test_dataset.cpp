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

TEST(Dataset, KeysForgottenOrPoppedAreGoneAndEveryOtherKeyStillFindsItsRow)
{
    // Enough keys that probe runs overlap, so a removal must move later entries back.
    Dataset data;
    const KindId kind = data.addKind(EntityKind{"state", "State"});
    for (int i = 0; i < 2000; ++i)
        data.addEntity(Entity{"e" + std::to_string(i), "E", kind, "", {}, "", {}, i + 1});
    for (int i = 0; i < 2000; i += 3)
        data.unindexEntity(EntityId(i));
    data.popEntity(); // e1999
    for (int i = 0; i < 1999; ++i) {
        const auto found = data.findEntity("e" + std::to_string(i));
        if (i % 3 == 0)
            EXPECT_FALSE(found) << i;
        else
            EXPECT_EQ(found, EntityId(i)) << i;
    }
    EXPECT_FALSE(data.findEntity("e1999"));
    // A forgotten key can be taken again; replacing a record under a new key moves its key.
    EXPECT_EQ(data.addEntity(Entity{"e0", "E", kind, "", {}, "", {}, 5000}), EntityId(1999));
    data.setEntity(EntityId(1), Entity{"renamed", "E", kind, "", {}, "", {}, 2});
    EXPECT_FALSE(data.findEntity("e1"));
    EXPECT_EQ(data.findEntity("renamed"), EntityId(1));
    EXPECT_THROW(data.setEntity(EntityId(2), Entity{"renamed", "E", kind, "", {}, "", {}, 3}), std::invalid_argument);
}
