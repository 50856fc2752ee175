// SPDX-License-Identifier: MIT
#include "app/analysisrequest.h"

#include <QCoreApplication>

namespace tiescope {

const char *AnalysisRequest::key(Kind kind)
{
    switch (kind) {
    case Kind::Chains: return "chains";
    case Kind::Exposure: return "exposure";
    case Kind::Cuts: return "cuts";
    case Kind::Path: return "path";
    case Kind::Ego: return "ego";
    case Kind::Degree: return "degree";
    case Kind::Betweenness: return "betweenness";
    case Kind::PageRank: return "pagerank";
    case Kind::Communities: return "communities";
    }
    return "chains";
}

std::optional<AnalysisRequest::Kind> AnalysisRequest::fromKey(const QString &text)
{
    for (const Kind kind : AllKinds) {
        if (text == QLatin1String(key(kind)))
            return kind;
    }
    return std::nullopt;
}

QString AnalysisRequest::label(Kind kind)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AnalysisRequest", text); };
    switch (kind) {
    case Kind::Chains: return tr("Dependency chains (A depends on B)");
    case Kind::Exposure: return tr("Exposure of A to B");
    case Kind::Cuts: return tr("Single points of failure");
    case Kind::Path: return tr("Shortest path");
    case Kind::Ego: return tr("Ego network of A");
    case Kind::Degree: return tr("Rank by degree");
    case Kind::Betweenness: return tr("Rank by betweenness");
    case Kind::PageRank: return tr("Rank by PageRank");
    case Kind::Communities: return tr("Communities");
    }
    return {};
}

} // namespace tiescope
