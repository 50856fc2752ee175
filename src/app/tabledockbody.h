// SPDX-License-Identifier: MIT
#pragma once

class QLabel;
class QLayout;
class QPushButton;
class QTableView;
class QWidget;

namespace tiescope {

// The body the bottom area's table docks share (History, Compare): a row of controls, a
// read-only table of whole rows, and a summary beside an export button. Its minimum height is
// small: the bottom area is as tall as the tallest minimum of its tabs, taken from the canvas.
class TableDockBody final
{
public:
    // Read-only rows, selected whole, no row numbers, the last column stretched.
    static void setUpTable(QTableView &table);
    // The three parts in a widget for QDockWidget::setWidget (which takes ownership).
    [[nodiscard]] static QWidget *make(QLayout *controls, QTableView *table, QLabel *summary, QPushButton *exportButton);
};

} // namespace tiescope
