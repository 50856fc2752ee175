// SPDX-License-Identifier: MIT
#include "render/legendpainter.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "model/dataset.h"
#include "render/tiestyle.h"

namespace tiescope {

namespace {

constexpr double Padding = 8.0;
constexpr double SampleWidth = 26.0;
constexpr double ColumnGap = 16.0;

} // namespace

LegendPainter::LegendPainter(const Dataset &data, const std::vector<bool> &kindsShown, std::size_t maxRows,
                             bool compact)
    : m_rowHeight(compact ? 13.0 : 16.0), m_font(QStringLiteral("DejaVu Sans")), m_titleFont(QStringLiteral("DejaVu Sans"))
{
    m_font.setPixelSize(compact ? 9 : 10);
    m_titleFont.setPixelSize(compact ? 9 : 10);
    m_titleFont.setBold(true);

    std::vector<Row> domains;
    for (const Domain &domain : data.domains())
        domains.push_back({Row::Type::Domain, QString::fromStdString(domain.label), TieStyle::domainColour(domain)});
    addColumns(QStringLiteral("Domains"), std::move(domains), maxRows);

    std::vector<Row> kinds;
    for (std::size_t i = 0; i < data.kinds().size(); ++i) {
        if (!kindsShown.empty() && (i >= kindsShown.size() || !kindsShown[i]))
            continue;
        const EntityKind &kind = data.kinds()[i];
        const KindShape::Glyph glyph = KindShape::glyphFor(kind.key, i);
        kinds.push_back({Row::Type::Kind, QString::fromStdString(kind.label), KindShape::fill(glyph), glyph});
    }
    addColumns(QStringLiteral("Kinds"), std::move(kinds), maxRows);

    std::vector<Row> statuses;
    for (const TieStatus status : AllTieStatuses)
        statuses.push_back({Row::Type::Status, TieStyle::statusLabel(status), QColor(0x45, 0x4f, 0x57),
                            KindShape::Glyph::Circle, status});
    statuses.push_back({Row::Type::Grade, QStringLiteral("Faint: weakly graded"), QColor(0x45, 0x4f, 0x57)});
    addColumns(QStringLiteral("Status"), std::move(statuses), maxRows);

    double width = Padding;
    std::size_t rows = 0;
    for (const Column &column : m_columns) {
        width += column.width + ColumnGap;
        rows = std::max(rows, column.rows.size());
    }
    m_size = QSizeF(width - ColumnGap + Padding, 2 * Padding + m_rowHeight * static_cast<double>(rows + 1));
}

void LegendPainter::addColumns(const QString &title, std::vector<Row> rows, std::size_t maxRows)
{
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF titleMetrics(m_titleFont);
    for (std::size_t start = 0; start < rows.size(); start += maxRows) {
        Column column;
        column.title = start == 0 ? title : QString();
        column.width = titleMetrics.horizontalAdvance(column.title);
        for (std::size_t i = start; i < std::min(rows.size(), start + maxRows); ++i) {
            column.width = std::max(column.width, SampleWidth + 6.0 + metrics.horizontalAdvance(rows[i].label));
            column.rows.push_back(rows[i]);
        }
        m_columns.push_back(std::move(column));
    }
}

void LegendPainter::paintRow(QPainter *painter, const Row &row, const QPointF &at) const
{
    const double midY = at.y() + m_rowHeight / 2.0;
    switch (row.type) {
    case Row::Type::Domain:
        painter->setPen(QPen(row.colour, 3.0, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(at.x() + 2, midY), QPointF(at.x() + SampleWidth - 2, midY));
        break;
    case Row::Type::Kind: {
        painter->setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.0));
        painter->setBrush(row.colour);
        const double r = 5.5 * KindShape::visualScale(row.glyph);
        painter->drawPath(QTransform::fromTranslate(at.x() + SampleWidth / 2.0, midY).scale(r, r).map(KindShape::path(row.glyph)));
        break;
    }
    case Row::Type::Status: {
        QPen pen(row.colour, 2.0, Qt::SolidLine, Qt::FlatCap);
        if (const QList<qreal> dashes = TieStyle::dashPattern(row.status); !dashes.isEmpty())
            pen.setDashPattern(dashes);
        painter->setPen(pen);
        painter->drawLine(QPointF(at.x() + 2, midY), QPointF(at.x() + SampleWidth - 2, midY));
        break;
    }
    case Row::Type::Grade: {
        QColor faint = row.colour;
        faint.setAlphaF(0.3f);
        painter->setPen(QPen(faint, 2.0, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(at.x() + 2, midY), QPointF(at.x() + SampleWidth - 2, midY));
        break;
    }
    }
    painter->setPen(QColor(0x1f, 0x26, 0x2b));
    painter->setFont(m_font);
    painter->drawText(QRectF(at.x() + SampleWidth + 6.0, at.y(), 1000.0, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      row.label);
}

void LegendPainter::paint(QPainter *painter, const QPointF &topLeft) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(QColor(0xc5, 0xcb, 0xd0), 1.0));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(QRectF(topLeft, m_size), 5.0, 5.0);
    double x = topLeft.x() + Padding;
    for (const Column &column : m_columns) {
        const double top = topLeft.y() + Padding;
        painter->setFont(m_titleFont);
        painter->setPen(QColor(0x1f, 0x26, 0x2b));
        painter->drawText(QRectF(x, top, column.width + 10, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, column.title);
        double y = top + m_rowHeight;
        for (const Row &row : column.rows) {
            painter->setBrush(Qt::NoBrush);
            paintRow(painter, row, QPointF(x, y));
            y += m_rowHeight;
        }
        x += column.width + ColumnGap;
    }
    painter->restore();
}

} // namespace tiescope
