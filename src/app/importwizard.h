// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWizard>

#include "interchange/importspec.h"

namespace tiescope {

class Dataset;
class EditController;
class ImportFilesPage;
class ImportMappingPage;
class ImportPreviewPage;

// File → Import…: the files and CSV options, the column mapping and defaults, then the dry run
// (docs/interchange.md, "Import"). Finish applies the dry run's change-set through the window's
// EditController — one transaction, one undo step, one audit entry; a refused change-set is
// shown on the preview page and the wizard stays open with everything entered.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        FilesPageId,
        MappingPageId,
        PreviewPageId
    };

    ImportWizard(EditController &edits, QWidget *parent);

    // The open document's data, which the dry run plans against.
    [[nodiscard]] const Dataset &dataset() const;
    // What every page says, as a spec (the loaded one's other settings kept).
    [[nodiscard]] ImportSpec spec() const;
    // Fills every page from a saved spec; false with the reason (naming the file) when it cannot be read.
    bool loadSpec(const QString &path, QString *error);
    // Writes the spec the last dry run used, with its completed mapping; false with the reason.
    bool saveSpec(const QString &path, QString *error) const;

    [[nodiscard]] ImportFilesPage &filesPage() const { return *m_files; }
    [[nodiscard]] ImportMappingPage &mappingPage() const { return *m_mapping; }
    [[nodiscard]] ImportPreviewPage &previewPage() const { return *m_preview; }

public slots:
    void accept() override;
    void loadSpecInteractive();
    void saveSpecInteractive();

signals:
    // Finish wrote the change-set (or found nothing to change); the summary of its dry run.
    void imported(const QString &summary);

private:
    EditController &m_edits;
    ImportSpec m_base; // the loaded spec: what no page shows (quote, locator, a new source) stays
    ImportFilesPage *m_files;
    ImportMappingPage *m_mapping;
    ImportPreviewPage *m_preview;
};

} // namespace tiescope
