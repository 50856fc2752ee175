// SPDX-License-Identifier: MIT
#include "render/maparcpainter.h"

#include <cmath>
#include <map>
#include <utility>

#include <QPainter>
#include <QPainterPath>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/halotext.h"
#include "render/mappicture.h"
#include "render/mapscreen.h"
#include "render/tiedrawing.h"

namespace tiescope {

namespace {

// A quadratic curve from a to b bowed to the left of the direction by `bend` of its length.
QPainterPath arc(const QPointF &a, const QPointF &b, double bend, QPointF *middle = nullptr)
{
    const QPointF d = b - a;
    const QPointF normal(-d.y(), d.x());
    const QPointF control = (a + b) / 2.0 + normal * bend;
    QPainterPath path(a);
    path.quadTo(control, b);
    if (middle)
        *middle = 0.25 * a + 0.5 * control + 0.25 * b;
    return path;
}

QColor domainColour(const Dataset &data, DomainId domain, int alpha)
{
    QColor colour(QString::fromStdString(data.domain(domain).colour));
    if (!colour.isValid())
        colour = QColor(0x60, 0x7d, 0x8b);
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

void MapArcPainter::paint(QPainter *painter, const MapPicture &picture, const MapScreen &screen)
{
    if (!picture.links())
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    if (picture.aggregated())
        paintPerPair(painter, picture, screen);
    else
        paintPerTie(painter, picture, screen);
    painter->restore();
}

void MapArcPainter::paintPerTie(QPainter *painter, const MapPicture &picture, const MapScreen &screen)
{
    const TieGraph &graph = picture.view()->graph();
    const Dataset &data = graph.dataset();
    std::map<std::pair<EntityId, EntityId>, int> parallel; // how many drawn so far per pair of ends
    std::vector<std::pair<QPainterPath, QColor>> selected;
    for (const CountryLinks::Link &link : picture.links()->links()) {
        for (const TieId tie : link.tieIds) {
            const auto &fact = graph.facts()[tie.index()];
            const EntityId from(fact.from), to(fact.to);
            const auto &a = screen.entities[from.index()], &b = screen.entities[to.index()];
            if (!a || !b || from == to)
                continue;
            // Parallel ties fan out: alternately either side, further each time.
            const int k = parallel[std::minmax(from, to)]++;
            const double side = (k % 2 == 0 ? 1.0 : -1.0) * (from < to ? 1.0 : -1.0);
            const QPainterPath path = arc(*a, *b, side * (0.15 + 0.08 * (k / 2)));
            const QColor colour = domainColour(data, DomainId(static_cast<std::uint32_t>(fact.domain)), 200);
            if (picture.selectedTies().count(tie) != 0) {
                selected.emplace_back(path, colour);
                continue;
            }
            painter->setPen(
                QPen(colour, 1.6, fact.status == TieStatus::Confirmed ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
            painter->drawPath(path);
        }
    }
    for (const auto &[path, colour] : selected) {
        painter->setPen(QPen(tiedrawing::SelectionHalo, tiedrawing::SelectionHaloPixels, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
        painter->setPen(QPen(colour, 2.4, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
    }
}

void MapArcPainter::paintPerPair(QPainter *painter, const MapPicture &picture, const MapScreen &screen)
{
    const Dataset &data = picture.view()->graph().dataset();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    const auto &links = picture.links()->links();
    std::vector<std::pair<QPointF, QString>> counts;
    // The lightest first, so the heaviest lie on top.
    for (auto link = links.rbegin(); link != links.rend(); ++link) {
        if (link->first == link->second)
            continue; // within one country: counted in its shade, not drawn
        const QPointF a = screen.clusters[link->first.index()], b = screen.clusters[link->second.index()];
        QPointF label;
        for (std::size_t j = 0; j < link->domains.size(); ++j) {
            const auto &count = link->domains[j];
            QPointF middle;
            const double bend = 0.12 + 0.07 * static_cast<double>(j);
            const QPainterPath path = arc(a, b, bend, &middle);
            if (j == 0)
                label = middle;
            const double width = 1.2 + 1.6 * std::log2(1.0 + static_cast<double>(count.ties));
            painter->setPen(QPen(QColor(255, 255, 255, 200), width + 2.0, Qt::SolidLine, Qt::RoundCap));
            painter->drawPath(path);
            painter->setPen(QPen(domainColour(data, count.domain, 215), width, Qt::SolidLine, Qt::RoundCap));
            painter->drawPath(path);
        }
        if (link->ties > 1) // a thin arc is one tie; numbers only where they add something
            counts.emplace_back(label, QString::number(link->ties));
    }
    const QFontMetricsF metrics(font);
    for (const auto &[at, text] : counts)
        HaloText::draw(painter, at + QPointF(-metrics.horizontalAdvance(text) / 2.0, metrics.ascent() / 2.5), text,
                       font, QColor(0x26, 0x32, 0x38), 3.5);
}

} // namespace tiescope
