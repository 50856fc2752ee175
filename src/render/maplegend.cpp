// SPDX-License-Identifier: MIT
#include "render/maplegend.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QLinearGradient>
#include <QPainter>

#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/mappicture.h"
#include "render/mapshade.h"

namespace tiescope {

namespace {

constexpr double Pad = 8.0;
constexpr double BarWidth = 150.0;
constexpr double SwatchWidth = 22.0;
constexpr std::size_t RowsPerColumn = 4;

} // namespace

MapLegend::MapLegend(const MapPicture &picture)
    : m_font(QStringLiteral("DejaVu Sans")),
      m_titleFont(QStringLiteral("DejaVu Sans"))
{
    m_font.setPixelSize(11);
    m_titleFont.setPixelSize(11);
    m_titleFont.setBold(true);
    if (const CountryMeasure *measure = picture.measure()) {
        m_title = QString::fromStdString(measure->name());
        m_scale = true;
        m_low = QStringLiteral("0");
        if (measure->kind() == CountryMeasure::Kind::TiesInWindow) {
            m_high = QStringLiteral("%1 ties").arg(static_cast<long long>(std::llround(measure->maximum())));
            m_title += QStringLiteral(" (square-root scale)");
        } else {
            m_high = QStringLiteral("1");
        }
    } else {
        m_title = picture.measureKind() == CountryMeasure::Kind::ExposureTo
                      ? QStringLiteral("Exposure: choose a visible state")
                      : QStringLiteral("No shading");
    }
    m_borders = QStringLiteral("Borders: ") + QString::fromStdString(picture.map().borders());
    if (picture.view() && picture.links()) {
        const Dataset &data = picture.view()->graph().dataset();
        std::set<DomainId> domains;
        for (const CountryLinks::Link &link : picture.links()->links()) {
            if (link.first == link.second && picture.aggregated())
                continue;
            for (const auto &count : link.domains)
                domains.insert(count.domain);
        }
        for (const DomainId domain : domains) {
            QColor colour(QString::fromStdString(data.domain(domain).colour));
            m_domains.push_back({QString::fromStdString(data.domain(domain).label), colour});
        }
        m_arcs = picture.aggregated()
                     ? QStringLiteral("Arcs per pair of countries and domain: width and number give the ties")
                     : QStringLiteral("One arc per tie; dashed: not confirmed");
    }
    const QFontMetricsF metrics(m_font), titleMetrics(m_titleFont);
    m_rowHeight = std::ceil(metrics.height() + 4.0);
    m_shadeWidth = std::max({BarWidth, titleMetrics.horizontalAdvance(m_title)});
    double domainsWidth = 0.0;
    if (!m_domains.empty()) {
        double column = 0.0;
        for (std::size_t i = 0; i < m_domains.size(); ++i) {
            column = std::max(column, SwatchWidth + 6.0 + metrics.horizontalAdvance(m_domains[i].label));
            if ((i + 1) % RowsPerColumn == 0 || i + 1 == m_domains.size()) {
                domainsWidth += column + Pad * 2;
                column = 0.0;
            }
        }
    }
    const double rows = static_cast<double>(std::min(m_domains.size(), RowsPerColumn));
    const double top = std::max(m_rowHeight * 3.0, m_rowHeight * rows);
    const double width =
        std::max({Pad + m_shadeWidth + Pad * 2 + domainsWidth, metrics.horizontalAdvance(m_borders) + 2 * Pad,
                  metrics.horizontalAdvance(m_arcs) + 2 * Pad});
    m_size = QSizeF(width, Pad + top + (m_arcs.isEmpty() ? 0.0 : m_rowHeight) + m_rowHeight + Pad);
}

void MapLegend::paint(QPainter *painter, const QPointF &topLeft) const
{
    painter->save();
    painter->translate(topLeft);
    painter->setPen(QColor(0xcf, 0xd8, 0xdc));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 4, 4);
    const QColor ink(0x26, 0x32, 0x38);
    const QFontMetricsF metrics(m_font);
    double y = Pad;
    painter->setFont(m_titleFont);
    painter->setPen(ink);
    painter->drawText(QRectF(Pad, y, m_shadeWidth, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (m_scale) {
        QLinearGradient gradient(Pad, 0, Pad + BarWidth, 0);
        for (int step = 0; step <= 10; ++step)
            gradient.setColorAt(step / 10.0, MapShade::at(step / 10.0));
        painter->setPen(QColor(0x90, 0xa4, 0xae));
        painter->setBrush(gradient);
        painter->drawRect(QRectF(Pad, y + m_rowHeight + 2, BarWidth, m_rowHeight - 6));
        painter->setFont(m_font);
        painter->setPen(ink);
        const QRectF labels(Pad, y + m_rowHeight * 2, BarWidth, m_rowHeight);
        painter->drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, m_low);
        painter->drawText(labels, Qt::AlignRight | Qt::AlignVCenter, m_high);
    }
    painter->setFont(m_font);
    double x = Pad + m_shadeWidth + Pad * 2;
    double columnWidth = 0.0;
    for (std::size_t i = 0; i < m_domains.size(); ++i) {
        const double rowY = y + m_rowHeight * static_cast<double>(i % RowsPerColumn);
        painter->setPen(QPen(m_domains[i].colour, 3.0, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(x + 2, rowY + m_rowHeight / 2), QPointF(x + SwatchWidth - 2, rowY + m_rowHeight / 2));
        painter->setPen(ink);
        painter->drawText(QRectF(x + SwatchWidth + 6, rowY, 400, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          m_domains[i].label);
        columnWidth = std::max(columnWidth, SwatchWidth + 6.0 + metrics.horizontalAdvance(m_domains[i].label));
        if ((i + 1) % RowsPerColumn == 0) {
            x += columnWidth + Pad * 2;
            columnWidth = 0.0;
        }
    }
    const double rows = static_cast<double>(std::min(m_domains.size(), RowsPerColumn));
    y += std::max(m_rowHeight * 3.0, m_rowHeight * rows);
    painter->setPen(QColor(0x54, 0x6e, 0x7a));
    if (!m_arcs.isEmpty()) {
        painter->drawText(QRectF(Pad, y, m_size.width() - Pad, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, m_arcs);
        y += m_rowHeight;
    }
    painter->drawText(QRectF(Pad, y, m_size.width() - Pad, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, m_borders);
    painter->restore();
}

} // namespace tiescope
