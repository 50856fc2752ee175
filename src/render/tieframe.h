// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

#include <QRectF>

#include "render/tiedrawing.h"
#include "render/tiegeometry.h"
#include "render/tieoverlay.h"

namespace tiescope {

// One paint of the tie layer: the exposed rectangle and level of detail, and which ties it
// draws in each pass. Inline, since the painters ask per tie.
class TieFrame final
{
public:
    TieFrame(const TieGeometry &geometry, const TieOverlay &overlay, const QRectF &exposed, double lod)
        : m_geometry(&geometry),
          m_overlay(&overlay),
          m_exposed(exposed),
          m_lod(lod),
          m_allExposed(exposed.contains(geometry.bounds()))
    {}

    [[nodiscard]] const TieGeometry &geometry() const { return *m_geometry; }
    [[nodiscard]] const TieOverlay &overlay() const { return *m_overlay; }
    [[nodiscard]] const QRectF &exposed() const { return m_exposed; }
    [[nodiscard]] double lod() const { return m_lod; }
    [[nodiscard]] bool isFar() const { return m_lod < tiedrawing::FarLod; }

    // Shown and reaching into the exposed rectangle.
    [[nodiscard]] bool shows(std::uint32_t tie) const
    {
        if (m_allExposed)
            return m_geometry->isShown(tie); // the whole layer is in view: no rectangle to test
        return m_geometry->isShown(tie) && m_geometry->meets(tie, m_exposed);
    }
    // Drawn by the painters in `pass`: shown, in or out of focus as the pass asks, not struck.
    [[nodiscard]] bool draws(std::uint32_t tie, tiedrawing::Pass pass) const
    {
        return shows(tie) && (pass == tiedrawing::Pass::Normal) == m_overlay->inFocus(tie) && !m_overlay->isStruck(tie);
    }
    // More ties in view than QPainter's strokes keep up with (see TieLayer::paint).
    [[nodiscard]] bool isDense() const { return shownCount(tiedrawing::DenseTies) > tiedrawing::DenseTies; }
    // How many ties reach into the exposed rectangle, counted up to `limit` + 1.
    [[nodiscard]] std::size_t shownCount(std::size_t limit) const
    {
        std::size_t count = 0;
        for (std::uint32_t tie = 0; tie < m_geometry->size() && count <= limit; ++tie)
            count += shows(tie) ? 1 : 0;
        return count;
    }

private:
    const TieGeometry *m_geometry;
    const TieOverlay *m_overlay;
    QRectF m_exposed;
    double m_lod;
    bool m_allExposed; // every tie's bounds are in the exposed rectangle
};

} // namespace tiescope
