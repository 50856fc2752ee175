// SPDX-License-Identifier: MIT
#include "render/maplabels.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>

#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/halotext.h"
#include "render/labelplacer.h"
#include "render/mapcountrylabels.h"
#include "render/mapframe.h"
#include "render/mappicture.h"
#include "render/mapscreen.h"

namespace tiescope {

namespace {

const QColor Ink(0x26, 0x32, 0x38);
const QColor Quiet(0x45, 0x5a, 0x64);
const QColor CountryInk(0x54, 0x6e, 0x7a);

QFont font(bool state, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(state ? 13 : 10);
    f.setBold(state && !italic);
    f.setItalic(italic);
    return f;
}

struct Label
{
    QString text;
    QFont font;
    QColor colour;
};

} // namespace

std::vector<MapLabels::CountryLabel> MapLabels::countryLabels(const MapPicture &picture, const MapFrame &frame,
                                                              const MapScreen &screen)
{
    const Dataset &data = picture.view()->graph().dataset();
    const MapPlacement &placement = *picture.placement();
    std::vector<CountryLabel> labels;
    std::vector<MapCountryLabels::Cluster> clusters;
    for (std::size_t c = 0; c < placement.countryCount(); ++c) {
        const CountryId country(c);
        if (placement.entitiesIn(country).empty())
            continue;
        const auto state = placement.stateOf(country);
        CountryLabel label{country,
                           state ? QString::fromStdString(data.entity(*state).name)
                                 : QString::fromStdString(picture.map().country(country).name),
                           font(true, !state), state.has_value(), {}};
        const QFontMetricsF metrics(label.font);
        MapCountryLabels::Cluster cluster;
        cluster.centre = screen.clusters[c];
        cluster.radius = screen.clusterRadius[c];
        cluster.home = screen.homes[c];
        cluster.labelSize = QSizeF(metrics.horizontalAdvance(label.text) + 4.0, metrics.height());
        cluster.country = static_cast<int>(c);
        cluster.priority = static_cast<double>(placement.entitiesIn(country).size());
        cluster.shown = frame.area().contains(cluster.centre);
        clusters.push_back(cluster);
        labels.push_back(std::move(label));
    }
    const std::vector<QRectF> rects =
        MapCountryLabels::place(clusters, picture.countryPaths(), frame.transform().inverted(), frame.area());
    for (std::size_t i = 0; i < labels.size(); ++i)
        labels[i].rect = rects[i];
    return labels;
}

void MapLabels::paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame, const MapScreen &screen)
{
    const Dataset &data = picture.view()->graph().dataset();
    const MapPlacement &placement = *picture.placement();
    const std::vector<std::uint32_t> degrees = picture.view()->degrees();
    // Round one: each state's name (or its country's) beside its whole cluster.
    const std::vector<CountryLabel> countries = countryLabels(picture, frame, screen);

    // Round two: entity names, with round one's labels in place as obstacles.
    std::vector<LabelPlacer::Candidate> entities;
    std::vector<Label> entityLabels;
    for (const CountryLabel &label : countries) {
        const QRectF &rect = label.rect;
        if (label.text.isEmpty() || rect.isNull())
            continue;
        HaloText::draw(painter, QPointF(rect.left() + 2.0, rect.top() + QFontMetricsF(label.font).ascent()), label.text,
                       label.font, label.state ? Ink : CountryInk, 3.5);
        // An obstacle covering the label: a square as wide as the label, centred on it.
        for (double x = rect.left() + rect.height() / 2.0; x < rect.right(); x += rect.height()) {
            LabelPlacer::Candidate block;
            block.centre = QPointF(x, rect.center().y());
            block.radius = rect.height() / 2.0;
            block.shown = true;
            block.wanted = false;
            entities.push_back(block);
            entityLabels.push_back({});
        }
    }
    for (const EntityId entity : placement.placed()) {
        const auto &place = placement.place(entity);
        const bool state = placement.stateOf(place->country) == entity;
        Label label{QString::fromStdString(data.entity(entity).name), font(false), Quiet};
        const QFontMetricsF metrics(label.font);
        LabelPlacer::Candidate candidate;
        candidate.centre = *screen.entities[entity.index()];
        candidate.radius = picture.markerRadius(entity);
        candidate.labelSize = QSizeF(metrics.horizontalAdvance(label.text) + 4.0, metrics.height());
        candidate.priority =
            (picture.selectedEntities().count(entity) ? 1e5 : 0.0) + static_cast<double>(degrees[entity.index()]);
        candidate.shown = frame.area().contains(candidate.centre);
        candidate.wanted = !state;
        entities.push_back(candidate);
        entityLabels.push_back(std::move(label));
    }
    const std::vector<LabelAnchor> anchors = LabelPlacer::place(entities);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (anchors[i] == LabelAnchor::Hidden || entityLabels[i].text.isEmpty())
            continue;
        const QRectF rect = LabelPlacer::labelRect(entities[i], anchors[i]);
        HaloText::draw(painter, QPointF(rect.left() + 2.0, rect.top() + QFontMetricsF(entityLabels[i].font).ascent()),
                       entityLabels[i].text, entityLabels[i].font, entityLabels[i].colour);
    }
}

} // namespace tiescope
