// SPDX-License-Identifier: MIT
#pragma once

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;
struct MapScreen;

// Draws a MapPicture in a frame: sea, countries shaded by the measure, borders, the ties
// (MapArcPainter), entity markers in their kind's glyph, the selection, leader lines to
// clusters moved off crowded countries, and the labels (MapLabels). The window, PNG and SVG all draw with it.
class MapPainter final
{
public:
    static void paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame);

private:
    static void paintCountries(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
    static void paintLeaders(QPainter *painter, const MapPicture &picture, const MapScreen &screen);
    static void paintEntities(QPainter *painter, const MapPicture &picture, const MapFrame &frame,
                              const MapScreen &screen);
};

} // namespace tiescope
