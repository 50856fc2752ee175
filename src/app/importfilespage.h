// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include <QWizardPage>

#include "interchange/importformat.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tiescope {

class ImportWizard;

// The import wizard's first page: the format (from ImportFormats), its files — for CSV a ties
// file (an edge list) and an optional entities file, or the folder a TieScope CSV export wrote;
// for GEXF and GraphML the graph file — and the CSV options. "Load spec…" fills every page.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilesPage)

public:
    explicit ImportFilesPage(ImportWizard &wizard);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    // Why Next is disabled; empty when it is not.
    [[nodiscard]] QString problem() const;

    void writeTo(ImportSpec &spec) const;
    void showSpec(const ImportSpec &spec);
    // A TieScope CSV export: its entities, ties, sources and citations files by name.
    void setFolder(const QString &folder);
    [[nodiscard]] const ImportFormat &format() const;
    // "CSV spreadsheets (*.csv *.tsv *.txt);;All files (*)", for the file dialogs.
    [[nodiscard]] static QString nameFilter(const ImportFormat &format);

    [[nodiscard]] QComboBox *formatBox() const { return m_format; }
    [[nodiscard]] QLineEdit *tiesField() const { return m_ties; }
    [[nodiscard]] QLineEdit *entitiesField() const { return m_entities; }
    [[nodiscard]] QComboBox *delimiterBox() const { return m_delimiter; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QCheckBox *headerBox() const { return m_header; }
    [[nodiscard]] QComboBox *dateFormatBox() const { return m_dateFormat; }

private:
    QWidget *fileRow(QLineEdit *field, const QString &title);
    void formatChanged();
    void update();

    QComboBox *m_format;
    QFormLayout *m_filesForm;
    QLineEdit *m_ties;
    QLineEdit *m_entities;
    QWidget *m_entitiesRow;
    QLabel *m_folderNote;
    QPushButton *m_folderButton;
    QGroupBox *m_csvOptions;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_header;
    QComboBox *m_dateFormat;
    QLabel *m_problem;
    // Set by a folder or a spec: the extra files of a TieScope CSV export.
    std::filesystem::path m_sources, m_citations;
};

} // namespace tiescope
