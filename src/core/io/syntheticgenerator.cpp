// SPDX-License-Identifier: MIT
#include "io/syntheticgenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <optional>
#include <string>
#include <tuple>

#include "model/seededrandom.h"

namespace tiescope {

namespace {

struct DomainSpec
{
    const char *key;
    const char *label;
    const char *colour;
};

constexpr std::array<DomainSpec, 9> Domains{{{"energy", "Energy", "#e6550d"},
                                             {"arms", "Arms", "#756bb1"},
                                             {"intelligence", "Intelligence", "#636363"},
                                             {"diplomacy", "Diplomacy", "#3182bd"},
                                             {"economy", "Economy", "#31a354"},
                                             {"finance", "Finance", "#b5a70d"},
                                             {"media", "Media", "#de2d26"},
                                             {"religion", "Religion", "#8c6d31"},
                                             {"politics", "Politics", "#e377c2"}}};

constexpr std::array<const char *, 9> Kinds{"state",  "company", "agency",        "party",       "person",
                                            "media-outlet", "organisation", "weapon-system", "event"};
// How often each non-state kind appears (the state kind is one per country).
constexpr std::array<double, 9> KindWeights{0.0, 0.35, 0.1, 0.06, 0.2, 0.08, 0.12, 0.05, 0.04};

struct RelationSpec
{
    const char *key;
    const char *label;
    bool directed;
    Dependence dependent;
    double strength;
};

constexpr std::array<RelationSpec, 9> Relations{{{"owns", "owns", true, Dependence::To, 0.9},
                                                 {"supplies", "supplies", true, Dependence::To, 0.7},
                                                 {"procures", "procures", true, Dependence::From, 0.6},
                                                 {"cooperates-with", "cooperates with", false, Dependence::Mutual, 0.4},
                                                 {"finances", "finances", true, Dependence::To, 0.6},
                                                 {"trains", "trains", true, Dependence::To, 0.5},
                                                 {"member-of", "member of", true, Dependence::From, 0.5},
                                                 {"lobbies", "lobbies for", true, Dependence::None, 0.3},
                                                 {"criticises", "criticises", true, Dependence::None, 0.1}}};

// Countries by rough share of the entities: the first two dominate, as in the real data.
constexpr std::array<const char *, 12> Countries{"RS", "RU", "CN", "US", "DE", "HU",
                                                 "TR", "BA", "ME", "HR", "AE", "FR"};
constexpr std::array<double, 12> CountryWeights{0.3, 0.25, 0.07, 0.07, 0.05, 0.05,
                                                0.04, 0.05, 0.03, 0.03, 0.03, 0.03};

constexpr std::size_t ClusterSize = 40;
constexpr int NewestYear = 2026;

std::size_t pickWeighted(SeededRandom &random, const double *weights, std::size_t count)
{
    double total = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    double u = random.uniform() * total;
    for (std::size_t i = 0; i < count; ++i) {
        if (u < weights[i])
            return i;
        u -= weights[i];
    }
    return count - 1;
}

// The entities laid out in contiguous index ranges (country, then cluster) with a sampling
// weight each; picking within any range is a binary search on the running sum.
class EndpointSampler final
{
public:
    explicit EndpointSampler(std::vector<double> weights) : m_running(weights.size() + 1, 0.0)
    {
        for (std::size_t i = 0; i < weights.size(); ++i)
            m_running[i + 1] = m_running[i] + weights[i];
    }
    std::uint32_t pick(SeededRandom &random, std::size_t first, std::size_t last) const
    {
        const double target = m_running[first] + random.uniform() * (m_running[last] - m_running[first]);
        const auto it = std::upper_bound(m_running.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                                         m_running.begin() + static_cast<std::ptrdiff_t>(last) + 1, target);
        const auto index = static_cast<std::size_t>(it - m_running.begin()) - 1;
        return static_cast<std::uint32_t>(std::min(index, last - 1));
    }

private:
    std::vector<double> m_running;
};

std::optional<PartialDate> randomDate(SeededRandom &random, int year)
{
    const double precision = random.uniform();
    if (precision < 0.5)
        return PartialDate::fromParts(year);
    const int month = 1 + static_cast<int>(random.below(12));
    if (precision < 0.8)
        return PartialDate::fromParts(year, month);
    return PartialDate::fromParts(year, month, 1 + static_cast<int>(random.below(28)));
}

Citation randomCitation(SeededRandom &random, std::size_t sourceCount, const char *locatorPrefix)
{
    // Few sources carry most claims: squaring the uniform skews picks to low indices.
    const double u = random.uniform();
    const auto source = static_cast<std::size_t>(u * u * static_cast<double>(sourceCount));
    static constexpr std::array<double, 6> ReliabilityWeights{0.05, 0.3, 0.35, 0.15, 0.05, 0.1};
    static constexpr std::array<double, 6> CredibilityWeights{0.1, 0.35, 0.3, 0.1, 0.05, 0.1};
    const char reliability = static_cast<char>('A' + pickWeighted(random, ReliabilityWeights.data(), 6));
    const int credibility = 1 + static_cast<int>(pickWeighted(random, CredibilityWeights.data(), 6));
    return Citation{SourceId(std::min(source, sourceCount - 1)),
                    std::string(locatorPrefix) + std::to_string(1 + random.below(40)),
                    *Grade::make(reliability, credibility)};
}

void addVocabulary(Dataset &data)
{
    for (const DomainSpec &d : Domains)
        data.addDomain(Domain{d.key, d.label, d.colour});
    for (const char *k : Kinds) {
        std::string label = k;
        std::replace(label.begin(), label.end(), '-', ' ');
        data.addKind(EntityKind{k, label});
    }
    for (const RelationSpec &r : Relations)
        data.addRelation(RelationType{r.key, r.label, "", r.directed, r.dependent, r.strength});
}

void addSources(Dataset &data, SeededRandom &random, std::size_t count)
{
    static constexpr std::array<const char *, 6> Publishers{"Balkan Insight", "Reuters", "RFE/RL",
                                                            "N1", "Kommersant", "Official gazette"};
    for (std::size_t i = 0; i < count; ++i) {
        Source s;
        s.key = "s-" + std::to_string(i + 1);
        s.title = "Synthetic report " + std::to_string(i + 1);
        s.author = "Analyst " + std::to_string(1 + random.below(50));
        s.publisher = Publishers[random.below(Publishers.size())];
        s.date = PartialDate::fromParts(1995 + static_cast<int>(random.below(31)));
        s.kind = random.chance(0.3) ? "official statement" : "analysis article";
        data.addSource(std::move(s));
    }
}

} // namespace

Dataset SyntheticGenerator::generate(const Options &options)
{
    if (options.entities < 2)
        throw std::invalid_argument("a synthetic dataset needs at least 2 entities");
    constexpr std::size_t Limit = std::size_t{1} << 31;
    if (options.entities >= Limit || options.ties >= Limit)
        throw std::invalid_argument("a synthetic dataset is limited to 2^31 entities and ties");

    SeededRandom random(options.seed);
    const std::size_t n = options.entities;
    const std::size_t m = options.ties;
    Dataset data;
    data.info() = DatasetInfo{"Synthetic data: " + std::to_string(n) + " entities, " + std::to_string(m) + " ties",
                              "synthetic-seed-" + std::to_string(options.seed),
                              "Generated by tiescope-cli generate for benchmarks and tests; not real data.", ""};
    addVocabulary(data);
    const std::size_t sourceCount = std::max<std::size_t>(10, m / 40 + n / 100);
    addSources(data, random, sourceCount);
    data.reserve(n, m);

    // Countries get contiguous ranges; the first entity of each is its state, the hub.
    const std::size_t countryCount = std::clamp<std::size_t>(n / 8, 1, Countries.size());
    std::vector<std::size_t> countryStart(countryCount + 1, 0);
    {
        double weightSum = 0.0;
        for (std::size_t c = 0; c < countryCount; ++c)
            weightSum += CountryWeights[c];
        double running = 0.0;
        for (std::size_t c = 0; c < countryCount; ++c) {
            countryStart[c] = static_cast<std::size_t>(std::llround(running / weightSum * static_cast<double>(n)));
            running += CountryWeights[c];
        }
        countryStart[countryCount] = n;
    }
    std::vector<double> weight(n);
    std::vector<std::uint32_t> countryOf(n);
    for (std::size_t c = 0; c < countryCount; ++c) {
        std::string lowered = Countries[c];
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char ch) { return static_cast<char>(ch - 'A' + 'a'); });
        const std::size_t size = countryStart[c + 1] - countryStart[c];
        for (std::size_t i = countryStart[c]; i < countryStart[c + 1]; ++i) {
            const std::size_t local = i - countryStart[c];
            Entity e;
            e.country = Countries[c];
            if (local == 0) {
                e.key = "state-" + lowered;
                e.name = "State " + std::string(Countries[c]);
                e.kind = KindId(0);
                // The state touches a sizeable share of its country's ties.
                weight[i] = 3.0 * std::sqrt(static_cast<double>(size)) + 5.0;
            } else {
                const std::size_t kind = pickWeighted(random, KindWeights.data(), KindWeights.size());
                e.kind = KindId(kind);
                e.key = lowered + "-" + std::to_string(local);
                e.name = std::string(Kinds[kind]) + " " + std::to_string(local) + " (" + Countries[c] + ")";
                // Pareto weights (alpha 2.2) give the heavy-tailed degrees of real networks;
                // each cluster's first member is a local hub.
                const double pareto = std::pow(1.0 - random.uniform(), -1.0 / 1.2);
                weight[i] = std::min(pareto, 200.0) * (local % ClusterSize == 1 ? 6.0 : 1.0);
            }
            if (random.chance(0.1))
                e.aliases.push_back(e.key + "-alias");
            if (random.chance(0.3))
                e.citations.push_back(randomCitation(random, sourceCount, "para. "));
            countryOf[i] = static_cast<std::uint32_t>(c);
            data.addEntity(std::move(e));
        }
    }
    const EndpointSampler sampler(weight);

    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(m);
    for (std::size_t t = 0; t < m; ++t) {
        std::uint32_t from = 0;
        std::uint32_t to = 0;
        if (t > 0 && random.chance(0.12)) {
            // A parallel tie: the same two entities tied again, in another domain or time.
            std::tie(from, to) = pairs[random.below(t)];
            if (random.chance(0.3))
                std::swap(from, to);
        } else {
            from = sampler.pick(random, 0, n);
            const std::size_t c = countryOf[from];
            const std::size_t base = countryStart[c];
            const double scope = random.uniform();
            std::size_t first = 0;
            std::size_t last = n;
            if (scope < 0.55) {
                first = base + (from - base) / ClusterSize * ClusterSize;
                last = std::min(first + ClusterSize, countryStart[c + 1]);
            } else if (scope < 0.85) {
                first = base;
                last = countryStart[c + 1];
            }
            to = sampler.pick(random, first, last);
            for (int attempt = 0; attempt < 3 && to == from; ++attempt)
                to = sampler.pick(random, 0, n);
            if (to == from)
                to = static_cast<std::uint32_t>((from + 1) % n);
        }
        pairs.emplace_back(from, to);

        Tie tie;
        tie.key = "t-" + std::to_string(t + 1);
        tie.from = EntityId(from);
        tie.to = EntityId(to);
        // Every domain appears; otherwise a cluster leans to one domain, as real sectors do.
        std::size_t domain = t < Domains.size() ? t : random.below(Domains.size());
        if (t >= Domains.size() && random.chance(0.5))
            domain = (from / ClusterSize + countryOf[from]) % Domains.size();
        tie.domain = DomainId(domain);
        tie.relation = RelationId(t < Relations.size() ? t : random.below(Relations.size()));

        // Starts lean to recent decades; some are open, a few are planned.
        std::optional<int> startYear;
        if (!random.chance(0.08)) {
            const double u = random.uniform();
            startYear = NewestYear - static_cast<int>(76.0 * u * u);
            if (random.chance(0.03))
                startYear = NewestYear + 1 + static_cast<int>(random.below(4));
            tie.start = EdtfDate::exactly(randomDate(random, *startYear));
        }
        std::optional<int> endYear;
        if (random.chance(0.45)) {
            const int after = startYear ? *startYear : 1950 + static_cast<int>(random.below(70));
            endYear = after + 1 + static_cast<int>(random.below(25));
            tie.end = EdtfDate::exactly(random.chance(0.6) ? PartialDate::fromParts(*endYear)
                                                           : PartialDate::fromParts(*endYear, 1 + static_cast<int>(random.below(12))));
        }
        if (startYear && *startYear > NewestYear)
            tie.status = TieStatus::Planned;
        else if (endYear && *endYear < NewestYear && random.chance(0.8))
            tie.status = TieStatus::Ended;
        else if (random.chance(0.12))
            tie.status = TieStatus::Alleged;
        if (random.chance(0.6))
            tie.strength = static_cast<double>(10 + random.below(91)) / 100.0;
        tie.citations.push_back(randomCitation(random, sourceCount, "p. "));
        if (random.chance(0.2))
            tie.citations.push_back(randomCitation(random, sourceCount, "p. "));
        data.addTie(std::move(tie));
    }
    return data;
}

} // namespace tiescope
