// SPDX-License-Identifier: MIT
// The analyses on the bundled Serbia–Russia data: the chains and the exposure change the
// issue names (NIS / Gazprom Neft in energy, the weapon systems in arms).

#include <algorithm>
#include <filesystem>
#include <limits>

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

// Issue 11: an undated tie is not eternal. Before the first dated arms tie there is no arms
// exposure from dated ties, and the undated procurements are reported apart, in every year.
TEST_F(Bundled, ArmsExposureKeepsUndatedTiesApart)
{
    const auto arms = m_data->findDomain("arms");
    ASSERT_TRUE(arms);
    int firstDated = 9999;
    std::size_t undated = 0;
    for (const Tie &tie : m_data->ties()) {
        if (tie.domain != *arms)
            continue;
        if (tie.isUndated()) {
            ++undated;
            continue;
        }
        // A tie open or bounded only from above at the start and open at the end (`[..2025]` to `..`)
        // may have held in any year: there is then no year before the first dated tie. Never take
        // the year of a sentinel day.
        const std::int32_t day =
            tie.dates().startEarliest() == DateInterval::Min ? tie.dates().endLatest() : tie.dates().startEarliest();
        firstDated = day == DateInterval::Max ? std::numeric_limits<int>::min() : std::min(firstDated, yearOfDay(day));
    }
    ASSERT_GT(undated, 0U);
    ASSERT_LT(firstDated, 2025);
    const DependencyGraph all(GraphView{*m_graph});
    const auto series = ExposureAnalysis::series(all, id("serbia"), id("russia"), 1800, 2025, arms);
    ASSERT_EQ(series.size(), 226U);
    bool sawDated = false;
    for (const auto &point : series) {
        if (point.year < firstDated) {
            EXPECT_EQ(point.score.exposure, 0.0) << point.year;
            EXPECT_EQ(point.certain.exposure, 0.0) << point.year;
        }
        sawDated = sawDated || point.score.exposure > 0.0;
        EXPECT_LE(point.certain.exposure, point.score.exposure + 1e-12) << point.year;
        EXPECT_LE(point.score.exposure, point.withUndated.exposure + 1e-12) << point.year;
        // The MiG-29 and the other undated procurements count only in the undated part:
        // before 1914 it is all the exposure there is (the 0.98 in 1807).
        EXPECT_GT(point.undatedExtra(), 0.0) << point.year;
        if (point.year < firstDated) {
            EXPECT_GT(point.withUndated.exposure, 0.9) << point.year;
        }
    }
    EXPECT_TRUE(sawDated);
    EXPECT_EQ(series.front().year, 1800);
}

TEST_F(Bundled, UndatedTiesShowOnlyWhenIncluded)
{
    std::size_t undated = 0;
    for (const Tie &tie : m_data->ties())
        undated += tie.isUndated() ? 1 : 0;
    FilterSpec spec;
    spec.from = PartialDate::parse("1807");
    spec.to = PartialDate::parse("1807");
    const GraphView with = FilterEngine::apply(*m_graph, spec);
    spec.includeUndated = false;
    const GraphView without = FilterEngine::apply(*m_graph, spec);
    EXPECT_GT(undated, 0U);
    EXPECT_EQ(with.visibleTieCount() - without.visibleTieCount(), undated);
    const auto shown = [this](const GraphView &view, const char *key) {
        const auto ties = view.visibleTies();
        return std::any_of(ties.begin(), ties.end(), [&](TieId t) { return m_data->tie(t).key == key; });
    };
    EXPECT_TRUE(shown(without, "russia-protects-serbia-1807"));
    EXPECT_TRUE(shown(without, "serbia-relies-on-russia-foreign-policy"));
    EXPECT_FALSE(shown(without, "serbia-procures-mig-29")); // undated: not in 1807
    EXPECT_TRUE(shown(with, "serbia-procures-mig-29"));
    EXPECT_FALSE(shown(with, "gazprom-neft-owns-nis")); // dated from 2008
}
