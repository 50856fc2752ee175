// SPDX-License-Identifier: MIT
#pragma once

class QPainter;

namespace tiescope {

class MapFrame;
class MapPicture;

// Draws a MapPicture in a frame: sea, countries shaded by the measure, borders, the ties
// (MapArcPainter), entity markers in their kind's glyph, the selection, and labels with a
// halo placed so they never overlap (LabelPlacer). The window, PNG and SVG all draw with it.
class MapPainter final
{
public:
    static void paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame);

private:
    static void paintCountries(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
    static void paintEntities(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
    static void paintLabels(QPainter *painter, const MapPicture &picture, const MapFrame &frame);
};

} // namespace tiescope
