// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace tiescope {

class MapPicture;

// The map's legend: what the shading measures and its scale, the domain colours of the arcs
// drawn (and how aggregated arcs read), and which view of disputed borders the outlines
// follow. The window's overlay and the exports draw this one class, so both say the same.
class MapLegend final
{
public:
    explicit MapLegend(const MapPicture &picture);

    [[nodiscard]] QSizeF size() const { return m_size; }
    void paint(QPainter *painter, const QPointF &topLeft) const;

private:
    struct DomainRow
    {
        QString label;
        QColor colour;
    };

    QFont m_font;
    QFont m_titleFont;
    QString m_title;
    QString m_low;
    QString m_high;
    bool m_scale = false;
    QString m_arcs;
    QString m_borders;
    std::vector<DomainRow> m_domains;
    double m_rowHeight = 16.0;
    double m_shadeWidth = 0.0;
    QSizeF m_size;
};

} // namespace tiescope
