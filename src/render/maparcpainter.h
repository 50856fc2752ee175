// SPDX-License-Identifier: MIT
#pragma once

class QPainter;

namespace tiescope {

class MapPicture;
struct MapScreen;

// The map's ties: one arc per tie between the entities' places, or, when there are many,
// one arc per pair of countries and domain, as wide as its count, with the pair's count
// written on it. Coloured by domain; the selected ties drawn over a halo.
class MapArcPainter final
{
public:
    static void paint(QPainter *painter, const MapPicture &picture, const MapScreen &screen);

private:
    static void paintPerTie(QPainter *painter, const MapPicture &picture, const MapScreen &screen);
    static void paintPerPair(QPainter *painter, const MapPicture &picture, const MapScreen &screen);
};

} // namespace tiescope
