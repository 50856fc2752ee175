// SPDX-License-Identifier: MIT
#pragma once

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;

// The map's ties: one arc per tie between the entities' places, or, when there are many,
// one arc per pair of countries and domain, as wide as its count, with the pair's count
// written on it. Coloured by domain; the selected ties drawn over a halo.
class MapArcPainter final
{
public:
    static void paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame);

private:
    static void paintPerTie(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
    static void paintPerPair(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
};

} // namespace tiescope
