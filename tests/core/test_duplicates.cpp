// SPDX-License-Identifier: MIT
// Finding possible duplicates: name normalisation, candidate pairs and their ranking, and the
// key lookup that still finds a merged entity by its old key.
#include <gtest/gtest.h>

#include "analytics/duplicatefinder.h"
#include "analytics/entitykeylookup.h"
#include "analytics/namekey.h"
#include "model/dataset.h"

using namespace tiescope;

namespace {

class Duplicates : public ::testing::Test
{
protected:
    Duplicates()
    {
        m_data.addKind(EntityKind{"person", "Person"});
        m_data.addKind(EntityKind{"company", "Company"});
    }

    EntityId add(const char *key, const char *name, const char *kind, const char *country,
                 std::vector<std::string> aliases = {})
    {
        Entity entity;
        entity.key = key;
        entity.name = name;
        entity.kind = *m_data.findKind(kind);
        entity.country = country;
        entity.aliases = std::move(aliases);
        return m_data.addEntity(std::move(entity));
    }

    Dataset m_data;
};

} // namespace

TEST(NameKey, FoldsCaseDiacriticsPunctuationAndSpace)
{
    EXPECT_EQ(NameKey::of("Aleksandar Vučić"), "aleksandar vucic");
    EXPECT_EQ(NameKey::of("  ALEKSANDAR   VUCIC "), "aleksandar vucic");
    EXPECT_EQ(NameKey::of("Gazprom-Neft"), "gazprom neft");
    EXPECT_EQ(NameKey::of("Gazprom Neft, PJSC."), "gazprom neft pjsc");
    EXPECT_EQ(NameKey::of("Đoković"), "dokovic");
    EXPECT_EQ(NameKey::of("Straße"), "strasse");
    EXPECT_EQ(NameKey::of("Vuc\u030Cic\u0301"), "vucic"); // decomposed: letters then combining marks
    EXPECT_EQ(NameKey::of("«NIS» — Naftna industrija"), "nis naftna industrija");
    EXPECT_EQ(NameKey::of("Газпром"), "Газпром"); // other scripts kept as they are
    EXPECT_EQ(NameKey::of("a\xFF"
                          "b"),
              "a b"); // a malformed byte separates
    EXPECT_EQ(NameKey::of("--"), "");
}

TEST_F(Duplicates, SameNameOnceNormalisedSameKindAndCountryIsAPair)
{
    const EntityId a = add("vucic", "Aleksandar Vučić", "person", "RS");
    add("dacic", "Ivica Dačić", "person", "RS");
    const EntityId b = add("aleksandar-vucic", "ALEKSANDAR VUCIC", "person", "RS");
    const auto found = DuplicateFinder::find(m_data);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].first, a);
    EXPECT_EQ(found[0].second, b);
    EXPECT_DOUBLE_EQ(found[0].score, 1.0);
    EXPECT_EQ(found[0].label, "aleksandar vucic");
}

TEST_F(Duplicates, OtherKindOrCountryIsNoPair)
{
    add("nis", "NIS", "company", "RS");
    add("nis-person", "NIS", "person", "RS");
    add("nis-ru", "NIS", "company", "RU");
    add("nis-nowhere", "NIS", "company", "");
    EXPECT_TRUE(DuplicateFinder::find(m_data).empty());
}

TEST_F(Duplicates, NamesAlikeRankBeforeANameMatchingAnAliasBeforeTwoAliases)
{
    const EntityId gpn = add("gazprom-neft", "Gazprom Neft", "company", "RU", {"GPN"});
    const EntityId gpn2 = add("gpn", "GPN", "company", "RU");                  // name = an alias
    const EntityId gpn3 = add("gazpromneft", "Gazprom-Neft", "company", "RU"); // name = name
    const EntityId x = add("x", "X Holding", "company", "RU", {"Sibneft"});
    const EntityId y = add("y", "Y Holding", "company", "RU", {"SIBNEFT"}); // alias = alias
    const auto found = DuplicateFinder::find(m_data);
    ASSERT_EQ(found.size(), 3U);
    EXPECT_EQ(std::pair(found[0].first, found[0].second), std::pair(gpn, gpn3));
    EXPECT_EQ(std::pair(found[1].first, found[1].second), std::pair(gpn, gpn2));
    EXPECT_EQ(std::pair(found[2].first, found[2].second), std::pair(x, y));
    EXPECT_GT(found[0].score, found[1].score);
    EXPECT_GT(found[1].score, found[2].score);
}

TEST_F(Duplicates, MoreSharedLabelsRankHigher)
{
    const EntityId a = add("a", "Alpha", "company", "RS", {"Beta"});
    const EntityId b = add("b", "Alpha", "company", "RS", {"Beta"});
    const EntityId c = add("c", "Alpha", "company", "RS");
    const auto found = DuplicateFinder::find(m_data);
    ASSERT_EQ(found.size(), 3U);
    EXPECT_EQ(std::pair(found[0].first, found[0].second), std::pair(a, b));
    EXPECT_GT(found[0].score, found[1].score);
    EXPECT_LT(found[0].score, 1.1);
    (void)c;
}

TEST_F(Duplicates, AGenericLabelSharedByManyMakesNoPairs)
{
    for (std::size_t i = 0; i <= DuplicateFinder::MaxGroup; ++i) {
        const std::string key = "firm-" + std::to_string(i);
        add(key.c_str(), key.c_str(), "company", "RS", {"Holding"});
    }
    EXPECT_TRUE(DuplicateFinder::find(m_data).empty());
}

TEST_F(Duplicates, KeyLookupFindsAMergedKeyKeptAsAlias)
{
    const EntityId survivor = add("gazprom-neft", "Gazprom Neft", "company", "RU", {"GPN", "gpn-old"});
    const EntityId other = add("gpn", "GPN", "company", "RU");
    const EntityKeyLookup lookup(m_data);
    EXPECT_EQ(lookup.find("gpn-old"), survivor); // a merged key, now an alias
    EXPECT_EQ(lookup.find("gpn"), other);        // an entity's own key wins over an alias
    EXPECT_EQ(lookup.find("gazprom-neft"), survivor);
    EXPECT_FALSE(lookup.find("GPN-OLD")); // keys are compared exactly
    EXPECT_FALSE(lookup.find("nothing"));
}
