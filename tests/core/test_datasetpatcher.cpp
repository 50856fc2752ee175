// SPDX-License-Identifier: MIT
// The dataset and graph patched in memory after each change-set (and its inverse, and the
// redo) equal what Store::load reads from the store and a graph built on it afresh; adds and
// tail deletes keep every id, other deletes renumber and say where each id went.
#include "edit/datasetpatcher.h"

#include <gtest/gtest.h>

#include "changecases.h"
#include "datasetdump.h"
#include "editfixture.h"
#include "graph/tiegraph.h"

using namespace tiescope;
using fixtures::Case;
using fixtures::citationOf;
using fixtures::dumpDataset;
using fixtures::dumpGraph;
using fixtures::EditFixture;
using nlohmann::ordered_json;

namespace {

// The fixture's dataset and graph, kept in step with its store by the patcher.
class PatchedFixture
{
public:
    explicit PatchedFixture(EditFixture &fixture)
        : m_fixture(fixture), m_data(fixture.store().load()), m_graph(m_data)
    {
    }

    [[nodiscard]] const Dataset &data() const { return m_data; }

    // Applies to the store, then to the dataset; the result's inverse undoes it.
    ApplyResult apply(const ChangeSet &changeSet, EditDelta &delta)
    {
        ApplyResult result = m_fixture.apply(changeSet);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems.front().toString());
        delta = DatasetPatcher(m_data, m_graph).apply(result.changes);
        return result;
    }

    void expectAsLoaded(const char *step) const
    {
        const Dataset loaded = m_fixture.store().load();
        EXPECT_EQ(dumpDataset(m_data), dumpDataset(loaded)) << step;
        EXPECT_EQ(dumpGraph(m_graph), dumpGraph(TieGraph(m_data))) << step;
    }

private:
    EditFixture &m_fixture;
    Dataset m_data;
    TieGraph m_graph;
};

const Case moreCases[] = {
    {"UpdateTieEnds",
     [](Store &) {
         ChangeSet c("re-point");
         return c.update(RecordTable::Ties, "gpn-owns-nis", {{"from", "nato"}, {"to", "eu"}}), c;
     }},
    {"MoveCitationToAnotherTie",
     [](Store &store) {
         ChangeSet c("move citation");
         return c.updateCitation(fixtures::firstCitationOf(store, "gpn-owns-nis"), {{"tie", "serbia-pfp"}}), c;
     }},
    {"DeleteUncitedSource",
     [](Store &store) {
         ChangeSet setup("add sources");
         setup.add(RecordTable::Sources, {{"id", "a"}, {"title", "A"}, {"author", "X"}, {"kind", "report"}});
         setup.add(RecordTable::Sources, {{"id", "b"}, {"title", "B"}, {"author", "Y"}, {"kind", "report"}});
         EXPECT_TRUE(store.apply(setup, "tester").ok());
         ChangeSet c("delete source"); // not the last one: the sources close up
         return c.remove(RecordTable::Sources, "a"), c;
     }},
    {"DeleteSeveralTiesAndAnEntity",
     [](Store &) {
         ChangeSet c("delete several");
         c.remove(RecordTable::Ties, "serbia-pfp");
         c.remove(RecordTable::Ties, "gpn-owns-nis");
         return c.remove(RecordTable::Entities, "nis"), c;
     }},
    {"AddEntityWithTiesThenEdit",
     [](Store &) {
         ChangeSet c("add and edit");
         ordered_json e = {{"id", "hungary"}, {"name", "Hungary"}, {"kind", "state"}};
         e["citations"] = ordered_json::array({citationOf("src", "B", 3)});
         c.add(RecordTable::Entities, e);
         c.add(RecordTable::Ties, fixtures::newTie("hungary-owns-nis", "hungary", "nis"));
         c.add(RecordTable::Ties, fixtures::newTie("serbia-owns-hungary", "serbia", "hungary"));
         return c.update(RecordTable::Ties, "hungary-owns-nis", {{"to", "serbia"}}), c;
     }},
};

class Patch : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(Patch, EachStepEqualsTheStoreLoadedAgain)
{
    EditFixture fixture;
    const ChangeSet changeSet = GetParam().make(fixture.store());
    PatchedFixture patched(fixture);
    EditDelta delta;
    const ApplyResult applied = patched.apply(changeSet, delta);
    patched.expectAsLoaded("applied");
    const ApplyResult undone = patched.apply(applied.inverse, delta);
    patched.expectAsLoaded("undone");
    const ApplyResult redone = patched.apply(undone.inverse, delta);
    patched.expectAsLoaded("redone");
    patched.apply(redone.inverse, delta);
    patched.expectAsLoaded("undone again");
}

INSTANTIATE_TEST_SUITE_P(EveryOperation, Patch, ::testing::ValuesIn(fixtures::cases),
                         [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });
INSTANTIATE_TEST_SUITE_P(More, Patch, ::testing::ValuesIn(moreCases),
                         [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(DatasetPatcher, AnAddAndItsUndoKeepEveryIdAndSayWhatCame)
{
    EditFixture fixture;
    PatchedFixture patched(fixture);
    const std::size_t entities = patched.data().entities().size();
    const std::size_t ties = patched.data().ties().size();
    ChangeSet c("add tie");
    c.add(RecordTable::Ties, fixtures::newTie("serbia-owns-nis", "serbia", "nis"));
    EditDelta delta;
    const ApplyResult applied = patched.apply(c, delta);
    EXPECT_FALSE(delta.renumbered);
    EXPECT_EQ(delta.tiesAdded, std::vector<TieId>{TieId(ties)});
    EXPECT_TRUE(delta.entitiesAdded.empty());
    EXPECT_EQ(patched.data().entities().size(), entities);

    patched.apply(applied.inverse, delta);
    EXPECT_FALSE(delta.renumbered);
    EXPECT_EQ(delta.tiesRemoved, std::vector<std::string>{"serbia-owns-nis"});
    EXPECT_TRUE(delta.tiesAdded.empty());
    EXPECT_EQ(patched.data().ties().size(), ties);
}

TEST(DatasetPatcher, AnUpdateNamesWhatChangedInPlace)
{
    EditFixture fixture;
    PatchedFixture patched(fixture);
    const TieId pfp = *patched.data().findTie("serbia-pfp");
    ChangeSet c("edit");
    c.update(RecordTable::Ties, "serbia-pfp", {{"start", "2001"}});
    c.update(RecordTable::Entities, "nato", {{"name", "North Atlantic Treaty Organization"}});
    EditDelta delta;
    patched.apply(c, delta);
    EXPECT_FALSE(delta.renumbered);
    EXPECT_EQ(delta.tiesChanged, std::vector<TieId>{pfp});
    EXPECT_EQ(delta.entitiesChanged, std::vector<EntityId>{*patched.data().findEntity("nato")});
    EXPECT_EQ(patched.data().tie(pfp).start, EdtfDate::parse("2001"));
}

TEST(DatasetPatcher, DeletingInTheMiddleRenumbersAndMapsEveryId)
{
    EditFixture fixture;
    PatchedFixture patched(fixture);
    const Dataset before = fixture.store().load();
    ChangeSet c("delete russia");
    c.remove(RecordTable::Entities, "russia");
    EditDelta delta;
    patched.apply(c, delta);
    ASSERT_TRUE(delta.renumbered);
    ASSERT_EQ(delta.entityMoves.size(), before.entities().size());
    ASSERT_EQ(delta.tieMoves.size(), before.ties().size());
    for (std::size_t i = 0; i < before.entities().size(); ++i) {
        const auto now = patched.data().findEntity(before.entities()[i].key);
        EXPECT_EQ(delta.moved(EntityId(i)), now.value_or(EntityId{})) << before.entities()[i].key;
    }
    for (std::size_t i = 0; i < before.ties().size(); ++i) {
        const auto now = patched.data().findTie(before.ties()[i].key);
        EXPECT_EQ(delta.moved(TieId(i)), now.value_or(TieId{})) << before.ties()[i].key;
    }
    EXPECT_EQ(delta.entitiesRemoved, std::vector<std::string>{"russia"});
    EXPECT_EQ(delta.tiesRemoved.size(), 4U);
}
