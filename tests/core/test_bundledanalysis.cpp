// SPDX-License-Identifier: MIT
// The analyses on the bundled Serbia–Russia data: the chains and the exposure change the
// issue names (NIS / Gazprom Neft in energy, the weapon systems in arms).

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "analytics/chainfinder.h"
#include "analytics/dependencygraph.h"
#include "analytics/entityresolver.h"
#include "analytics/exposureanalysis.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "io/datasetreader.h"

using namespace tiescope;

namespace {

const std::filesystem::path BundledFolder = std::filesystem::path(TIESCOPE_SOURCE_DIR) / "data" / "serbia-russia";

class Bundled : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!std::filesystem::exists(BundledFolder / "dataset.json"))
            GTEST_SKIP() << "bundled dataset not present at " << BundledFolder;
        auto result = DatasetReader::read(BundledFolder);
        ASSERT_TRUE(result.ok()) << result.problems.size() << " problems reading the bundled data";
        m_data = std::make_unique<Dataset>(std::move(result.dataset));
        m_graph = std::make_unique<TieGraph>(*m_data);
    }

    EntityId id(const char *key) const
    {
        const auto found = m_data->findEntity(key);
        EXPECT_TRUE(found.has_value()) << key;
        return found.value_or(EntityId(0));
    }

    DependencyGraph inDomain(const char *domain) const
    {
        FilterSpec spec;
        spec.domains = std::set<std::string>{domain};
        return DependencyGraph(FilterEngine::apply(*m_graph, spec));
    }

    bool hasChain(const ChainFinder::Result &result, const std::vector<EntityId> &entities) const
    {
        return std::any_of(result.chains.begin(), result.chains.end(),
                           [&](const DependencyChain &chain) { return chain.entities() == entities; });
    }

    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<TieGraph> m_graph;
};

} // namespace

TEST_F(Bundled, EnergyChainRunsThroughNisAndGazpromNeft)
{
    ChainOptions options;
    options.topK = 50;
    const auto result = ChainFinder::find(inDomain("energy"), id("serbia"), id("russia"), options);
    EXPECT_TRUE(hasChain(result, {id("serbia"), id("nis"), id("gazprom-neft"), id("russia")}));
    // Every hop of every chain is backed by a visible energy tie with a citation.
    for (const auto &chain : result.chains) {
        for (const auto &hop : chain.hops) {
            const Tie &tie = m_data->tie(hop.tie);
            EXPECT_EQ(m_data->domain(tie.domain).key, "energy");
            EXPECT_FALSE(tie.citations.empty()) << tie.key;
        }
    }
}

TEST_F(Bundled, ArmsChainsRunThroughTheNamedWeaponSystems)
{
    ChainOptions options;
    options.topK = 50;
    const auto result = ChainFinder::find(inDomain("arms"), id("serbia"), id("russia"), options);
    EXPECT_TRUE(hasChain(result, {id("serbia"), id("mig-29"), id("russia")}));
    EXPECT_TRUE(hasChain(result, {id("serbia"), id("pantsir-s1"), id("russia")}));
}

TEST_F(Bundled, EnergyExposureRisesAfter2008)
{
    const DependencyGraph all(GraphView{*m_graph});
    const auto series = ExposureAnalysis::series(all, id("serbia"), id("russia"), 2005, 2010, m_data->findDomain("energy"));
    ASSERT_EQ(series.size(), 6U);
    const double before = series[2].score.exposure; // 2007
    const double after = series[4].score.exposure;  // 2009
    EXPECT_GT(after, before);
    EXPECT_GT(after, 0.0);
}

TEST_F(Bundled, NamesResolveIgnoringCase)
{
    const EntityResolver resolver(*m_data);
    EXPECT_EQ(resolver.resolve("Gazprom Neft").entity, id("gazprom-neft"));
    EXPECT_EQ(resolver.resolve("SERBIA").entity, id("serbia"));
    EXPECT_FALSE(resolver.resolve("Gazprom Nfet").entity.has_value());
    EXPECT_FALSE(resolver.resolve("Gazprom Nfet").candidates.empty());
}
