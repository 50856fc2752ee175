// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QFont>
#include <QRectF>
#include <QString>

#include "geo/countryid.h"

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;
struct MapScreen;

// The map's labels, with a halo, in two rounds: first each state's name beside its whole
// cluster (so Serbia reads "Serbia" even with eighteen entities around it), on its own
// country or the sea where it can be (MapCountryLabels), then the other entities' names where
// room is left, never overlapping (LabelPlacer), the selected and the most connected first. Countries with entities but no state get their name, in italics.
class MapLabels final
{
public:
    // A country's name on the map and where it goes, in pixels (an empty rect: not drawn).
    struct CountryLabel
    {
        CountryId country;
        QString text;
        QFont font;
        bool state = false; // named after its state (else after the country, in italics)
        QRectF rect;
    };

    [[nodiscard]] static std::vector<CountryLabel> countryLabels(const MapPicture &picture, const MapFrame &frame,
                                                                 const MapScreen &screen);
    static void paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame, const MapScreen &screen);
};

} // namespace tiescope
