// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QMainWindow;

namespace tiescope {

class GraphDocument;

// The store files of the window: File → New Store… (an empty store with the bundled
// vocabulary), Save a Copy As… (an atomic copy the window then edits), the editable copy it
// offers on the first edit of a read-only store (EditController::setEnsureEditable), Export
// Dataset… (the store as a reviewable dataset folder, as the CLI's export-dataset), and the
// title bar naming the file and whether it is read-only. The bundled store counts as
// read-only even where its file could be written: it is the reference data, rebuilt by make.
class StoreFileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreFileController)

public:
    // Asks for a file to write: the dialog's title and the suggested path; empty: cancelled.
    using PathPrompt = std::function<QString(const QString &title, const QString &suggested)>;
    // Opens a store the way File → Open does (off the UI thread).
    using Opener = std::function<void(const QString &path)>;

    StoreFileController(GraphDocument &document, QMainWindow &window, Opener open);

    // A save dialog by default; tests answer it themselves.
    void setPathPrompt(PathPrompt prompt) { m_prompt = std::move(prompt); }
    // The dataset folder to export to (a save dialog naming a folder by default).
    void setFolderPrompt(PathPrompt prompt) { m_folderPrompt = std::move(prompt); }

    [[nodiscard]] bool isReadOnly() const;
    // Writes an empty store at `path` (replacing no file: it must not exist) and opens it.
    bool createStore(const QString &path, QString *error);
    // Copies the open store to `path` atomically and goes on with the copy (relocated).
    bool saveCopy(const QString &path, QString *error);
    // Writes the open store as a dataset folder at `folder` (docs/dataset.md), complete or not at
    // all: it may be new, empty or a dataset folder, which is replaced whole (DatasetExport).
    bool exportDataset(const QString &folder, QString *error);
    // For EditController: true when the document can be edited, after offering (when it is
    // read-only) an editable copy and switching to it.
    bool ensureEditable();

    void newStoreInteractive();
    void saveCopyInteractive();
    void exportDatasetInteractive();

signals:
    // The window now shows and edits this file (for the recent files).
    void fileChanged(const QString &path);

private:
    void updateTitle();
    [[nodiscard]] QString suggestedCopy() const;

    GraphDocument &m_document;
    QMainWindow &m_window;
    Opener m_open;
    PathPrompt m_prompt;
    PathPrompt m_folderPrompt;
};

} // namespace tiescope
