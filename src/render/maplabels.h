// SPDX-License-Identifier: MIT
#pragma once

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;
struct MapScreen;

// The map's labels, with a halo, never overlapping (LabelPlacer in two rounds): first each
// state's name beside its whole cluster (so Serbia reads "Serbia" even with eighteen
// entities around it), then the other entities' names where room is left, the selected and
// the most connected first. Countries with entities but no state get their name, in italics.
class MapLabels final
{
public:
    static void paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame, const MapScreen &screen);
};

} // namespace tiescope
