// SPDX-License-Identifier: MIT
#include "filter/filterengine.h"

#include <gtest/gtest.h>

#include "analytics/corroboration.h"
#include "graph/tiegraph.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class FilterTest : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};

    std::set<std::string> visibleTieKeys(const FilterSpec &spec) const
    {
        std::set<std::string> keys;
        for (const TieId tie : FilterEngine::apply(graph, spec).visibleTies())
            keys.insert(data.tie(tie).key);
        return keys;
    }
};

} // namespace

TEST_F(FilterTest, EmptySpecShowsEverything)
{
    const GraphView view = FilterEngine::apply(graph, FilterSpec{});
    EXPECT_EQ(view.visibleTieCount(), 9U);
    EXPECT_EQ(view.visibleEntityCount(), 7U);
}

TEST_F(FilterTest, DomainsSelectTies)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"gpn-owns-nis", "russia-owns-gpn", "nis-supplies-serbia"}));
    spec.domains = std::set<std::string>{};
    EXPECT_TRUE(visibleTieKeys(spec).empty());
}

TEST_F(FilterTest, DateWindowUsesOverlapWithOpenEnds)
{
    FilterSpec spec;
    spec.from = PartialDate::parse("2021");
    spec.to = PartialDate::parse("2021");
    // Ongoing ties that began by 2021 and open-started ones; not the 2015..2020 one, not
    // the 1807 one, not the planned 2027 one.
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"gpn-owns-nis", "russia-owns-gpn", "nis-supplies-serbia",
                                                           "serbia-buys-mig", "russia-makes-mig", "serbia-pfp"}));
    spec.from = PartialDate::parse("2006-12-14");
    spec.to = PartialDate::parse("2006-12-14");
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"russia-owns-gpn", "russia-makes-mig", "serbia-pfp"}));
    spec.to = PartialDate::parse("2006-12-13");
    spec.from.reset();
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"russia-owns-gpn", "russia-makes-mig", "russia-serbia-dipl"}));
}

TEST_F(FilterTest, UndatedTiesFollowTheIncludeChoiceInAnyWindow)
{
    // russia-owns-gpn and russia-makes-mig have neither date.
    FilterSpec spec;
    spec.includeUndated = false;
    EXPECT_FALSE(spec.isEmpty());
    const auto all = visibleTieKeys(spec);
    EXPECT_EQ(all.count("russia-owns-gpn"), 0U);
    EXPECT_EQ(all.count("russia-makes-mig"), 0U);
    EXPECT_EQ(all.size(), 7U);
    spec.from = PartialDate::parse("2021");
    spec.to = PartialDate::parse("2021");
    EXPECT_EQ(visibleTieKeys(spec),
              (std::set<std::string>{"gpn-owns-nis", "nis-supplies-serbia", "serbia-buys-mig", "serbia-pfp"}));
    spec.includeUndated = true;
    EXPECT_EQ(visibleTieKeys(spec).count("russia-owns-gpn"), 1U);
    // Only the date criterion changes: counts per domain drop the undated ties too.
    spec.includeUndated = false;
    const auto counts = FilterEngine::countByDomain(graph, spec);
    EXPECT_EQ(counts[data.findDomain("energy")->index()], 2U);
}

TEST_F(FilterTest, StatusesKindsAndGrade)
{
    FilterSpec spec;
    spec.statuses = std::set<TieStatus>{TieStatus::Alleged, TieStatus::Planned};
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"russia-serbia-intel", "eu-serbia-planned"}));

    spec = FilterSpec{};
    spec.kinds = std::set<std::string>{"state", "company"};
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"gpn-owns-nis", "russia-owns-gpn", "nis-supplies-serbia",
                                                           "russia-serbia-intel", "russia-serbia-dipl"}));
    const GraphView view = FilterEngine::apply(graph, spec);
    EXPECT_FALSE(view.isVisible(*data.findEntity("mig-29")));

    spec = FilterSpec{};
    spec.minimumGrade = Grade::parse("B2");
    EXPECT_EQ(visibleTieKeys(spec),
              (std::set<std::string>{"gpn-owns-nis", "nis-supplies-serbia", "serbia-buys-mig", "serbia-pfp"}));
}

TEST_F(FilterTest, TextKeepsMatchesAndTheirTies)
{
    FilterSpec spec;
    spec.text = "gazprom";
    EXPECT_EQ(visibleTieKeys(spec), (std::set<std::string>{"gpn-owns-nis", "russia-owns-gpn"}));
    const GraphView view = FilterEngine::apply(graph, spec);
    EXPECT_EQ(view.visibleEntityCount(), 3U); // gazprom-neft and its two neighbours
    EXPECT_FALSE(view.isVisible(*data.findEntity("nato")));
}

TEST_F(FilterTest, HideIsolatedDropsEntitiesWithoutTies)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"arms"};
    EXPECT_EQ(FilterEngine::apply(graph, spec).visibleEntityCount(), 7U);
    spec.isolated = IsolatedEntities::Hide;
    const GraphView view = FilterEngine::apply(graph, spec);
    EXPECT_EQ(view.visibleEntityCount(), 3U);
    EXPECT_EQ(view.degree(*data.findEntity("serbia")), 1U);
    // Fading and showing only change how they are drawn: the filter keeps them.
    for (const IsolatedEntities drawn : {IsolatedEntities::Fade, IsolatedEntities::Show}) {
        spec.isolated = drawn;
        EXPECT_EQ(FilterEngine::apply(graph, spec).visibleEntityCount(), 7U) << toString(drawn);
    }
}

TEST(IsolatedEntities, ReadsBackWhatItWrites)
{
    EXPECT_EQ(toString(IsolatedEntities::Fade), "fade");
    EXPECT_EQ(toString(IsolatedEntities::Hide), "hide");
    EXPECT_EQ(toString(IsolatedEntities::Show), "show");
    for (const IsolatedEntities isolated : AllIsolatedEntities)
        EXPECT_EQ(parseIsolatedEntities(toString(isolated)), isolated);
    EXPECT_EQ(parseIsolatedEntities("Show"), std::nullopt);
    EXPECT_EQ(parseIsolatedEntities(""), std::nullopt);
    EXPECT_EQ(FilterSpec{}.isolated, IsolatedEntities::Fade);
}

TEST_F(FilterTest, CountByDomainIgnoresOnlyTheDomainCriterion)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{};
    spec.statuses = std::set<TieStatus>{TieStatus::Confirmed};
    const auto counts = FilterEngine::countByDomain(graph, spec);
    EXPECT_EQ(counts[data.findDomain("energy")->index()], 3U);
    EXPECT_EQ(counts[data.findDomain("diplomacy")->index()], 2U);
    EXPECT_EQ(counts[data.findDomain("intelligence")->index()], 0U);
    EXPECT_EQ(counts[data.findDomain("economy")->index()], 0U);
}

TEST_F(FilterTest, ReportsUnknownKeys)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "space"};
    spec.kinds = std::set<std::string>{"dragon"};
    EXPECT_EQ(FilterEngine::unknownKeys(graph, spec), (std::vector<std::string>{"domain:space", "kind:dragon"}));
}

TEST_F(FilterTest, CorroboratedOnlyKeepsTiesCitedByTwoIndependentPublishers)
{
    // Every fixture tie cites one source: a second citation of another publisher corroborates,
    // one of the same publisher spelt differently, or of a source naming no publisher but the
    // same author, does not.
    Dataset corroborated = fixtures::makeSmallFixture();
    const SourceId reuters =
        corroborated.addSource(Source{"agency", "Report", "A reporter", "Reuters", std::nullopt, "news report", ""});
    const SourceId reutersAgain =
        corroborated.addSource(Source{"agency-2", "Other report", "", " REUTERS.", std::nullopt, "news report", ""});
    const SourceId sameAuthor =
        corroborated.addSource(Source{"same-author", "Second piece", "Someone", "", std::nullopt, "article", ""});
    const auto cite = [&corroborated](const char *key, SourceId source) {
        Tie tie = corroborated.tie(*corroborated.findTie(key));
        tie.citations.push_back(Citation{source, "p. 1", *Grade::parse("B2")});
        corroborated.setTie(*corroborated.findTie(key), std::move(tie));
    };
    cite("gpn-owns-nis", reuters);        // the fixture's source (author "Someone") and Reuters
    cite("serbia-pfp", sameAuthor);       // one author twice: a single voice
    cite("nis-supplies-serbia", reuters); // Reuters twice under two spellings, plus the fixture's
    cite("nis-supplies-serbia", reutersAgain);
    const TieGraph corroboratedGraph{corroborated};
    FilterSpec spec;
    spec.corroboratedOnly = true;
    EXPECT_FALSE(spec.isEmpty());
    std::set<std::string> keys;
    for (const TieId tie : FilterEngine::apply(corroboratedGraph, spec).visibleTies())
        keys.insert(corroborated.tie(tie).key);
    EXPECT_EQ(keys, (std::set<std::string>{"gpn-owns-nis", "nis-supplies-serbia"}));
    EXPECT_EQ(
        Corroboration::publisherCount(corroborated, corroborated.tie(*corroborated.findTie("nis-supplies-serbia"))),
        2U);
    EXPECT_EQ(Corroboration::publisherCount(corroborated, corroborated.tie(*corroborated.findTie("serbia-pfp"))), 1U);
    // The unchanged fixture has no corroborated tie at all.
    EXPECT_TRUE(visibleTieKeys(spec).empty());
}
