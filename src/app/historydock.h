// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QString>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tiescope {

class GraphDocument;
class HistoryFilter;
class HistoryModel;

// The History dock: the open store's audit trail (Store::history), newest first, filtered by
// date range, record text and author, and exported as CSV. It rereads the trail when a store
// opens, after each edit (undo and redo are edits too) and when the window moves to a copy.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    HistoryDock(const GraphDocument &document, QWidget *parent = nullptr);

    void refresh();
    // Writes the rows shown (all their fields, before and after as JSON) to `path` at once or
    // not at all. False with `error` set when it could not be written.
    bool exportCsv(const QString &path, QString *error) const;
    void exportInteractive();

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] HistoryModel &model() const { return *m_model; }
    [[nodiscard]] HistoryFilter &filter() const { return *m_filter; }
    [[nodiscard]] QLineEdit *recordField() const { return m_record; }
    [[nodiscard]] QLineEdit *authorField() const { return m_author; }
    [[nodiscard]] QCheckBox *fromCheck() const { return m_useFrom; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QCheckBox *toCheck() const { return m_useTo; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }

private:
    void applyDates();
    void updateSummary();

    const GraphDocument &m_document;
    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QTableView *m_table;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_record;
    QLineEdit *m_author;
    QPushButton *m_export;
    QLabel *m_summary;
};

} // namespace tiescope
