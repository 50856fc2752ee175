// SPDX-License-Identifier: MIT
#include "io/syntheticgenerator.h"
#include "io/datasetvalidator.h"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "store/store.h"
#include "tempdir.h"

using namespace tiescope;

namespace {

Dataset generate(std::size_t entities, std::size_t ties, std::uint64_t seed)
{
    return SyntheticGenerator::generate({entities, ties, seed});
}

// Everything a tie says, as text, so two datasets can be compared field by field.
std::string describe(const Dataset &data, const Tie &t)
{
    std::string text = t.key + " " + data.entity(t.from).key + ">" + data.entity(t.to).key + " " +
                       data.domain(t.domain).key + " " + data.relation(t.relation).key + " " +
                       (t.start ? t.start->toString() : "..") + "/" + (t.end ? t.end->toString() : "..") + " " +
                       std::string(toString(t.status)) + " " + (t.strength ? std::to_string(*t.strength) : "-");
    for (const Citation &c : t.citations)
        text += " " + data.source(c.source).key + ":" + c.locator + ":" + c.grade.toString();
    return text;
}

std::vector<std::string> describeAll(const Dataset &data)
{
    std::vector<std::string> lines;
    for (const Entity &e : data.entities())
        lines.push_back(e.key + " " + e.name + " " + e.country + " " + data.kind(e.kind).key);
    for (const Tie &t : data.ties())
        lines.push_back(describe(data, t));
    return lines;
}

} // namespace

TEST(SyntheticGeneratorTest, MakesTheRequestedSize)
{
    const Dataset data = generate(500, 3000, 7);
    EXPECT_EQ(data.entities().size(), 500U);
    EXPECT_EQ(data.ties().size(), 3000U);
    EXPECT_GE(data.sources().size(), 10U);
}

TEST(SyntheticGeneratorTest, SameSeedSameDataOtherSeedOtherData)
{
    EXPECT_EQ(describeAll(generate(300, 2000, 42)), describeAll(generate(300, 2000, 42)));
    EXPECT_NE(describeAll(generate(300, 2000, 42)), describeAll(generate(300, 2000, 43)));
}

TEST(SyntheticGeneratorTest, EveryReferenceAndDateIsValid)
{
    const Dataset data = generate(400, 4000, 3);
    for (const Tie &t : data.ties()) {
        ASSERT_LT(t.from.index(), data.entities().size());
        ASSERT_LT(t.to.index(), data.entities().size());
        ASSERT_NE(t.from, t.to) << t.key;
        ASSERT_LT(t.domain.index(), data.domains().size());
        ASSERT_LT(t.relation.index(), data.relations().size());
        ASSERT_FALSE(t.interval().isEmpty()) << t.key << ": end before start";
        ASSERT_FALSE(t.citations.empty()) << t.key;
        for (const Citation &c : t.citations)
            ASSERT_LT(c.source.index(), data.sources().size());
        if (t.strength) {
            ASSERT_GE(*t.strength, 0.0);
            ASSERT_LE(*t.strength, 1.0);
        }
    }
    for (const Entity &e : data.entities()) {
        ASSERT_LT(e.kind.index(), data.kinds().size());
        ASSERT_EQ(e.country.size(), 2U);
    }
}

TEST(SyntheticGeneratorTest, PassesEveryDataRule)
{
    for (const std::uint64_t seed : {1U, 2U, 3U}) {
        const Dataset data = generate(700, 6000, seed);
        const auto problems = DatasetValidator::validate(data, "synthetic.db");
        EXPECT_TRUE(problems.empty()) << problems.size() << " problems, first: "
                                      << (problems.empty() ? "" : problems.front().toString());
    }
}

TEST(SyntheticGeneratorTest, HasTheShapeOfRealData)
{
    const Dataset data = generate(2000, 20000, 11);
    std::set<std::size_t> domains;
    std::set<std::string> countries;
    std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
    std::size_t parallel = 0;
    std::size_t openStart = 0;
    std::size_t openEnd = 0;
    int earliest = 9999;
    int latest = 0;
    std::vector<std::size_t> degree(data.entities().size(), 0);
    for (const Tie &t : data.ties()) {
        domains.insert(t.domain.index());
        // The initializer-list overload returns values: the two-argument one would return
        // references to the temporaries value() returns, dangling by the next line.
        const auto key = std::minmax({t.from.value(), t.to.value()});
        parallel += pairs.insert(key).second ? 0 : 1;
        openStart += t.start ? 0 : 1;
        openEnd += t.end ? 0 : 1;
        if (t.start) {
            earliest = std::min(earliest, *t.start->earliestYear());
            latest = std::max(latest, *t.start->earliestYear());
        }
        ++degree[t.from.index()];
        ++degree[t.to.index()];
    }
    for (const Entity &e : data.entities())
        countries.insert(e.country);
    EXPECT_EQ(domains.size(), data.domains().size());
    EXPECT_GE(countries.size(), 5U);
    EXPECT_GT(parallel, data.ties().size() / 20);
    EXPECT_GT(openStart, 0U);
    EXPECT_GT(openEnd, data.ties().size() / 4);
    EXPECT_GE(latest - earliest, 50) << "dates should spread over decades";
    // Heavy tail: the busiest entity has far more ties than the average one.
    const double mean = 2.0 * static_cast<double>(data.ties().size()) / static_cast<double>(degree.size());
    EXPECT_GT(static_cast<double>(*std::max_element(degree.begin(), degree.end())), 10.0 * mean);
}

TEST(SyntheticGeneratorTest, TooFewEntitiesIsRefused)
{
    EXPECT_THROW((void)generate(1, 10, 1), std::invalid_argument);
    EXPECT_NO_THROW((void)generate(2, 10, 1));
}

TEST(SyntheticGeneratorTest, SurvivesAStoreRoundTrip)
{
    const fixtures::TempDir dir;
    const std::string path = (dir.path() / "synthetic.tiescope").string();
    const Dataset data = generate(300, 2500, 5);
    {
        Store store = Store::open(path, Store::Mode::Create);
        store.write(data);
    }
    const Dataset loaded = Store::open(path, Store::Mode::ReadOnly).load();
    EXPECT_EQ(describeAll(loaded), describeAll(data));
}
