// SPDX-License-Identifier: MIT
#include "app/analysisrunner.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

#include "analytics/centrality.h"
#include "analytics/communitydetection.h"
#include "analytics/dependencygraph.h"
#include "analytics/egonetwork.h"
#include "analytics/pairanalysis.h"
#include "analytics/pathfinder.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/tiestyle.h"

namespace tiescope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AnalysisRunner", text, disambiguation, n);
}

QString number(double value, int decimals = 3)
{
    return QLocale::c().toString(value, 'f', decimals);
}

// Turns ids into the words the panel shows; data text stays plain text.
class Words final
{
public:
    explicit Words(const Dataset &data) : m_data(data) {}

    [[nodiscard]] QString entity(EntityId e) const { return QString::fromStdString(m_data.entity(e).name); }
    [[nodiscard]] QString tie(TieId t) const
    {
        const Tie &tie = m_data.tie(t);
        return QStringLiteral("%1 (%2, %3)")
            .arg(QString::fromStdString(tie.key), QString::fromStdString(m_data.relation(tie.relation).label),
                 QString::fromStdString(m_data.domain(tie.domain).label));
    }
    [[nodiscard]] QString relation(TieId t) const
    {
        return QString::fromStdString(m_data.relation(m_data.tie(t).relation).label);
    }
    [[nodiscard]] QString note(TieId t) const { return QString::fromStdString(m_data.tie(t).note); }
    [[nodiscard]] QString citation(TieId t) const
    {
        const Tie &tie = m_data.tie(t);
        if (tie.citations.empty())
            return tr("no citation");
        // The best graded citation is the one the ranking counted.
        const auto best = std::min_element(tie.citations.begin(), tie.citations.end(), [](const Citation &x, const Citation &y) {
            return x.grade.weight() > y.grade.weight();
        });
        const Source &source = m_data.source(best->source);
        QString text = QStringLiteral("[%1] %2").arg(QString::fromStdString(best->grade.toString()),
                                                     QString::fromStdString(source.title.empty() ? source.key : source.title));
        if (!best->locator.empty())
            text += QStringLiteral(", ") + QString::fromStdString(best->locator);
        return text;
    }
    [[nodiscard]] QString path(const std::vector<EntityId> &entities) const
    {
        QStringList names;
        for (const EntityId e : entities)
            names << entity(e);
        return names.join(QStringLiteral(" → "));
    }
    [[nodiscard]] AnalysisRow entityRow(EntityId e, const QString &value, const QString &detail = {}) const
    {
        AnalysisRow row;
        row.cells = {entity(e), value, detail};
        row.entities = {e};
        return row;
    }
    [[nodiscard]] AnalysisRow tieRow(TieId t, const QString &value = {}) const
    {
        AnalysisRow row;
        row.cells = {tie(t), value, citation(t)};
        row.tooltip = QString::fromStdString(m_data.tie(t).note);
        row.ties = {t};
        return row;
    }

private:
    const Dataset &m_data;
};

AnalysisRow chainRow(const DependencyChain &chain, const Words &words, int rank)
{
    AnalysisRow row;
    row.entities = chain.entities();
    row.cells = {QStringLiteral("%1. ").arg(rank) + words.path(row.entities), number(chain.score),
                 tr("%n hop(s), strength %1", nullptr, static_cast<int>(chain.hops.size())).arg(number(chain.strength))};
    for (const ChainHop &hop : chain.hops) {
        row.ties.push_back(hop.tie);
        AnalysisRow child;
        // The pair and the tie's relation in the row; the tie's id, note and alternatives in its tooltip.
        child.cells = {words.entity(hop.dependent) + QStringLiteral(" → ") + words.entity(hop.provider) +
                           QStringLiteral(" (") + words.relation(hop.tie) + QLatin1Char(')'),
                       number(hop.strength * hop.evidence), words.citation(hop.tie)};
        child.tooltip = tr("Tie %1").arg(words.tie(hop.tie));
        if (!words.note(hop.tie).isEmpty())
            child.tooltip += QLatin1Char('\n') + words.note(hop.tie);
        if (!hop.alternatives.empty())
            child.tooltip += QLatin1Char('\n') + tr("%n parallel tie(s) also join this pair", nullptr,
                                                     static_cast<int>(hop.alternatives.size()));
        child.entities = {hop.dependent, hop.provider};
        child.ties = {hop.tie};
        row.children.push_back(std::move(child));
    }
    return row;
}

// Exposure per year, one line per domain with any exposure, in the domain's colour.
std::vector<ExposureLine> exposureLines(const std::vector<PairAnalysis::Series> &series, const Dataset &data)
{
    std::vector<ExposureLine> lines;
    for (const PairAnalysis::Series &s : series) {
        ExposureLine line;
        line.label = QString::fromStdString(data.domain(*s.domain).label);
        line.colour = TieStyle::domainColour(data.domain(*s.domain));
        for (const ExposureAnalysis::YearPoint &p : s.points) {
            line.points.emplace_back(p.year, p.score.exposure);
            line.certain.push_back(p.certain.exposure);
            line.withUndated.push_back(p.withUndated.exposure);
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

void pairAnalysis(const GraphView &view, const AnalysisRequest &request, const Words &words, AnalysisOutcome &out,
                  const std::atomic<bool> *cancel, const ProgressCallback &progress)
{
    const EntityId a = *request.a;
    const EntityId b = *request.b;
    PairAnalysis::Options options;
    options.domain = request.domain;
    options.chains = request.kind == AnalysisRequest::Kind::Chains;
    options.score = request.kind == AnalysisRequest::Kind::Exposure;
    options.domainScores = request.kind == AnalysisRequest::Kind::Exposure;
    options.cuts = request.kind == AnalysisRequest::Kind::Cuts;
    // Every kind shows the exposure per year, a line per domain, leading empty years trimmed.
    options.seriesPerDomain = true;
    options.runIn = 5;
    const PairAnalysis::Result result = PairAnalysis::run(view, request.overlay, a, b, options, cancel, progress);

    const QString pair = words.entity(a) + QStringLiteral(" → ") + words.entity(b);
    if (request.kind == AnalysisRequest::Kind::Chains) {
        const ChainFinder::Result &chains = result.chains;
        int rank = 0;
        for (const DependencyChain &chain : chains.chains)
            out.rows.push_back(chainRow(chain, words, ++rank));
        out.summary = chains.chains.empty() ? tr("No dependency chain from %1").arg(pair)
                                            : tr("%1: %2 of %3 chain(s), best first%4")
                                                  .arg(pair)
                                                  .arg(chains.chains.size())
                                                  .arg(chains.chainsFound)
                                                  .arg(chains.truncated ? tr(" (search bound hit: more may exist)") : QString());
    } else if (request.kind == AnalysisRequest::Kind::Exposure) {
        const ExposureAnalysis::Score &score = result.exposure;
        AnalysisRow total;
        total.cells = {tr("Exposure of %1 to %2").arg(words.entity(a), words.entity(b)), number(score.exposure),
                       tr("over %n chain(s)", nullptr, static_cast<int>(score.chains))};
        total.entities = {a, b};
        out.rows.push_back(total);
        const Dataset &data = view.graph().dataset();
        for (const PairAnalysis::DomainScore &domain : result.domainScores) {
            AnalysisRow row;
            row.cells = {tr("in %1").arg(QString::fromStdString(data.domain(domain.domain).label)),
                         number(domain.score.exposure),
                         tr("over %n chain(s)", nullptr, static_cast<int>(domain.score.chains))};
            for (const DependencyChain &chain : domain.chains.chains) {
                for (const ChainHop &hop : chain.hops)
                    row.ties.push_back(hop.tie);
            }
            row.entities = {a, b};
            out.rows.push_back(row);
        }
        out.summary = tr("%1: exposure %2%3").arg(pair, number(score.exposure),
                                                 score.truncated ? tr(" (search bound hit: may be understated)") : QString());
    } else if (request.kind == AnalysisRequest::Kind::Cuts) {
        const CutAnalysis::Result &cuts = result.cuts;
        for (const EntityId e : cuts.entities)
            out.rows.push_back(words.entityRow(e, tr("entity"), tr("every dependency path passes through it")));
        for (const TieId t : cuts.ties)
            out.rows.push_back(words.tieRow(t, tr("tie")));
        out.summary = !cuts.connected ? tr("%1: no dependency path, nothing to cut").arg(pair)
                      : out.rows.empty()
                          ? tr("%1: no single point of failure (every point has a bypass)").arg(pair)
                          : tr("%1: %2 single point(s) of failure").arg(pair).arg(out.rows.size());
    }
    out.seriesTitle = tr("Exposure of %1 to %2 per year").arg(words.entity(a), words.entity(b));
    out.series = exposureLines(result.series, view.graph().dataset());
}

void rankAnalysis(const GraphView &view, const AnalysisRequest &request, const Words &words, AnalysisOutcome &out,
                  const std::atomic<bool> *cancel, const ProgressCallback &progress)
{
    std::vector<double> values;
    if (request.kind == AnalysisRequest::Kind::Degree)
        values = Centrality::degree(view);
    else if (request.kind == AnalysisRequest::Kind::Betweenness)
        values = Centrality::betweenness(view, cancel);
    else
        values = Centrality::pageRank(DependencyGraph(view), 0.85, cancel, progress);
    const auto ranked = Centrality::ranking(view, values);
    const int decimals = request.kind == AnalysisRequest::Kind::Degree ? 0 : 4;
    constexpr std::size_t MaxRows = 500;
    for (std::size_t i = 0; i < ranked.size() && i < MaxRows; ++i)
        out.rows.push_back(words.entityRow(ranked[i].entity, number(ranked[i].value, decimals), QString::number(i + 1)));
    out.summary = tr("%1 of %2 visible entities, highest first")
                      .arg(std::min(ranked.size(), MaxRows))
                      .arg(ranked.size());
}

void communityAnalysis(const GraphView &view, const Words &words, AnalysisOutcome &out, const std::atomic<bool> *cancel,
                       const ProgressCallback &progress)
{
    const CommunityDetection::Result result = CommunityDetection::louvain(view, cancel, progress);
    out.communities = result.community;
    out.communityCount = result.count;
    std::vector<AnalysisRow> rows(static_cast<std::size_t>(result.count));
    for (std::size_t e = 0; e < result.community.size(); ++e) {
        if (result.community[e] < 0)
            continue;
        AnalysisRow &row = rows[static_cast<std::size_t>(result.community[e])];
        row.entities.push_back(EntityId(e));
        row.children.push_back(words.entityRow(EntityId(e), QString::number(view.degree(EntityId(e))), tr("ties shown")));
    }
    const Dataset &data = view.graph().dataset();
    for (const TieId t : view.visibleTies()) {
        const Tie &tie = data.tie(t);
        const int c = result.community[tie.from.index()];
        if (c >= 0 && c == result.community[tie.to.index()])
            rows[static_cast<std::size_t>(c)].ties.push_back(t);
    }
    for (std::size_t c = 0; c < rows.size(); ++c) {
        AnalysisRow &row = rows[c];
        // Name a community after its best connected member.
        const auto hub = std::max_element(row.entities.begin(), row.entities.end(),
                                          [&view](EntityId x, EntityId y) { return view.degree(x) < view.degree(y); });
        row.cells = {tr("Community %1: %2…").arg(c + 1).arg(words.entity(*hub)), QString::number(row.entities.size()),
                     tr("%n tie(s) inside", nullptr, static_cast<int>(row.ties.size()))};
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AnalysisRow &x, const AnalysisRow &y) { return x.entities.size() > y.entities.size(); });
    out.rows = std::move(rows);
    out.summary = tr("%1 communities, modularity %2").arg(result.count).arg(number(result.modularity));
}

} // namespace

AnalysisOutcome AnalysisRunner::run(const GraphView &filtered, const AnalysisRequest &request,
                                    const std::atomic<bool> *cancel, const ProgressCallback &progress)
{
    AnalysisOutcome out;
    const Dataset &data = filtered.graph().dataset();
    const Words words(data);
    if (request.needsA() && !request.a) {
        out.error = tr("Choose entity A first.");
        return out;
    }
    if (request.needsPair() && !request.b) {
        out.error = tr("Choose entity B first.");
        return out;
    }
    if (request.needsPair() && *request.a == *request.b) {
        out.error = tr("A and B are the same entity.");
        return out;
    }
    for (const std::optional<EntityId> &end : {request.needsA() ? request.a : std::nullopt,
                                                request.needsPair() ? request.b : std::nullopt}) {
        if (end && !filtered.isVisible(*end)) {
            out.error = tr("%1 is hidden by the current filter.").arg(words.entity(*end));
            return out;
        }
    }
    if (request.needsPair() && request.kind != AnalysisRequest::Kind::Path) {
        pairAnalysis(filtered, request, words, out, cancel, progress);
        return out;
    }
    // The view-based analyses see the what-if as hidden entities and ties.
    const GraphView view = request.overlay.applyTo(request.domain ? filtered.onlyDomain(*request.domain) : filtered);
    switch (request.kind) {
    case AnalysisRequest::Kind::Path: {
        const auto path = PathFinder::shortestPath(view, *request.a, *request.b);
        if (!path) {
            out.summary = tr("%1 and %2 are not connected").arg(words.entity(*request.a), words.entity(*request.b));
            break;
        }
        AnalysisRow whole;
        whole.entities = path->entities;
        whole.cells = {words.path(path->entities), tr("%n hop(s)", nullptr, static_cast<int>(path->hops.size())), {}};
        for (std::size_t i = 0; i < path->hops.size(); ++i) {
            for (const TieId t : path->hops[i]) {
                AnalysisRow child = words.tieRow(t, words.entity(path->entities[i]) + QStringLiteral(" – ") +
                                                        words.entity(path->entities[i + 1]));
                whole.ties.push_back(t);
                whole.children.push_back(std::move(child));
            }
        }
        out.rows.push_back(std::move(whole));
        out.summary = tr("Shortest path over ties of any direction: %n hop(s)", nullptr, static_cast<int>(path->hops.size()));
        break;
    }
    case AnalysisRequest::Kind::Ego: {
        const EgoNetwork::Result ego = EgoNetwork::around(view, *request.a, request.hops);
        AnalysisRow whole;
        whole.entities = ego.entities;
        whole.ties = ego.ties;
        whole.cells = {tr("Within %n hop(s) of ", nullptr, request.hops) + words.entity(*request.a),
                       QString::number(ego.entities.size()), tr("%n tie(s)", nullptr, static_cast<int>(ego.ties.size()))};
        for (std::size_t i = 0; i < ego.entities.size(); ++i)
            whole.children.push_back(words.entityRow(ego.entities[i], tr("%n hop(s)", nullptr, ego.distances[i])));
        out.rows.push_back(std::move(whole));
        out.summary = tr("%1 entities, %2 ties").arg(ego.entities.size()).arg(ego.ties.size());
        break;
    }
    case AnalysisRequest::Kind::Degree:
    case AnalysisRequest::Kind::Betweenness:
    case AnalysisRequest::Kind::PageRank:
        rankAnalysis(view, request, words, out, cancel, progress);
        break;
    case AnalysisRequest::Kind::Communities:
        communityAnalysis(view, words, out, cancel, progress);
        break;
    default:
        break;
    }
    return out;
}

} // namespace tiescope
