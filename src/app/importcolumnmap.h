// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include <QWidget>

#include "interchange/columnguess.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace tiescope {

class CsvTable;

// One CSV file's column mapping in the import wizard: for each TieScope field of its table a
// choice of the file's columns or "(not imported)", pre-set from a loaded spec, else from
// ColumnGuess, and the file's first rows under it so the analyst sees what a column holds.
class ImportColumnMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportColumnMap)

public:
    static constexpr int SampleRows = 8;

    ImportColumnMap(ColumnGuess::Table table, QWidget *parent);

    // Shows the file's header and first rows. The choices are set again from `given` (field ->
    // column, "" not imported) and the guess when the header differs from the one shown, or
    // when `reset`; otherwise what the analyst chose is kept.
    void setTable(const CsvTable &table, const std::map<std::string, std::string> &given, bool reset);
    void clear();
    [[nodiscard]] bool hasFile() const { return !m_header.empty(); }
    // Every field: its column, or "" when it is not imported.
    [[nodiscard]] std::map<std::string, std::string> mapping() const;
    [[nodiscard]] bool isMapped(const std::string &field) const;
    [[nodiscard]] QComboBox *combo(const std::string &field) const;
    [[nodiscard]] QTableWidget *sample() const { return m_sample; }
    // "From (from)": how the page names a field.
    [[nodiscard]] static QString fieldLabel(const std::string &field);

signals:
    void changed();

private:
    ColumnGuess::Table m_table;
    std::vector<std::string> m_header;
    std::vector<std::pair<std::string, QComboBox *>> m_combos; // in ColumnGuess::fields order
    QLabel *m_sampleTitle;
    QTableWidget *m_sample;
};

} // namespace tiescope
