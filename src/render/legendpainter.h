// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include "model/tiestatus.h"
#include "render/kindshape.h"

class QPainter;

namespace tiescope {

class Dataset;

// The legend: domain colours, kind glyphs and status strokes. The canvas draws it over the
// view and exports draw it into the image, from this one class, so both say the same.
class LegendPainter final
{
public:
    // kindsShown: one flag per kind; kinds without a shown entity are left out. Empty: all.
    // compact: smaller type and rows, for the canvas overlay.
    LegendPainter(const Dataset &data, const std::vector<bool> &kindsShown, std::size_t maxRows = 9,
                  bool compact = false);

    [[nodiscard]] QSizeF size() const { return m_size; }
    void paint(QPainter *painter, const QPointF &topLeft) const;

private:
    struct Row
    {
        enum class Type { Domain, Kind, Status, Grade } type;
        QString label;
        QColor colour;
        KindShape::Glyph glyph = KindShape::Glyph::Circle;
        TieStatus status = TieStatus::Confirmed;
    };
    struct Column
    {
        QString title;
        std::vector<Row> rows;
        double width = 0.0;
    };

    void addColumns(const QString &title, std::vector<Row> rows, std::size_t maxRows);
    void paintRow(QPainter *painter, const Row &row, const QPointF &at) const;

    double m_rowHeight;
    QFont m_font;
    QFont m_titleFont;
    std::vector<Column> m_columns;
    QSizeF m_size;
};

} // namespace tiescope
