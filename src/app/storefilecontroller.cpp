// SPDX-License-Identifier: MIT
#include "app/storefilecontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

#include "app/graphdocument.h"
#include "app/plainmessage.h"
#include "app/sessionrestorer.h"
#include "io/utctime.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "store/store.h"

namespace tiescope {

namespace {

QString samePath(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

StoreFileController::StoreFileController(GraphDocument &document, QMainWindow &window, Opener open)
    : QObject(&window),
      m_document(document),
      m_window(window),
      m_open(std::move(open))
{
    m_prompt = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(&m_window, title, suggested,
                                            tr("TieScope databases (*.db *.sqlite);;All files (*)"));
    };
    m_folderPrompt = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(&m_window, title, suggested, tr("Dataset folders (*)"), nullptr,
                                            QFileDialog::ShowDirsOnly);
    };
    connect(&m_document, &GraphDocument::opened, this, &StoreFileController::updateTitle);
    connect(&m_document, &GraphDocument::relocated, this, &StoreFileController::updateTitle);
    connect(&m_document, &GraphDocument::edited, this, &StoreFileController::updateTitle);
}

bool StoreFileController::isReadOnly() const
{
    if (!m_document.isOpen())
        return true;
    const QString bundled = SessionRestorer::bundledDatabase();
    return !m_document.isEditable() || (!bundled.isEmpty() && samePath(bundled) == samePath(m_document.path()));
}

bool StoreFileController::createStore(const QString &path, QString *error)
{
    try {
        if (QFileInfo::exists(path))
            throw InputError(path.toStdString(), "already exists; a new store needs a new file");
        // The vocabulary (domains, kinds, relations) of the bundled store, else of the open one.
        const QString bundled = SessionRestorer::bundledDatabase();
        Dataset vocabulary;
        if (!bundled.isEmpty() && QFileInfo::exists(bundled))
            vocabulary = Store::open(bundled.toStdString(), Store::Mode::ReadOnly).load().vocabulary();
        else if (m_document.isOpen())
            vocabulary = m_document.dataset().vocabulary();
        vocabulary.info().title = QFileInfo(path).completeBaseName().toStdString();
        vocabulary.info().version = "0.1";
        vocabulary.info().builtAt = UtcTime::now();
        Store::create(path.toStdString(), vocabulary);
    } catch (const InputError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    m_open(path);
    return true;
}

bool StoreFileController::saveCopy(const QString &path, QString *error)
{
    if (!m_document.isOpen()) {
        *error = tr("No store is open.");
        return false;
    }
    if (samePath(path) == samePath(m_document.path())) {
        *error = tr("%1 is the open store; choose another file for the copy.").arg(path);
        return false;
    }
    try {
        Store::open(m_document.path().toStdString(), Store::Mode::ReadOnly).saveCopy(path.toStdString());
    } catch (const InputError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    m_document.relocate(path);
    emit fileChanged(m_document.path());
    m_window.statusBar()->showMessage(tr("Saved a copy as %1; edits now go to it").arg(QDir::toNativeSeparators(path)),
                                      8000);
    return true;
}

bool StoreFileController::exportDataset(const QString &folder, QString *error)
{
    if (!m_document.isOpen()) {
        *error = tr("No store is open.");
        return false;
    }
    try {
        // The file holds every edit already (each is committed as it is made).
        Store::open(m_document.path().toStdString(), Store::Mode::ReadOnly).exportDataset(folder.toStdString());
    } catch (const InputError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    m_window.statusBar()->showMessage(tr("Exported the dataset to %1").arg(QDir::toNativeSeparators(folder)), 8000);
    return true;
}

bool StoreFileController::ensureEditable()
{
    if (!m_document.isOpen())
        return false;
    // A file gone from under the window is not read-only: the store says what happened.
    if (!isReadOnly() || !QFileInfo::exists(m_document.path()))
        return true;
    const QString path = m_prompt(
        tr("%1 is read-only: save an editable copy as").arg(QFileInfo(m_document.path()).fileName()), suggestedCopy());
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveCopy(path, &error)) {
        PlainMessage::warning(&m_window, tr("No editable copy"), error);
        return false;
    }
    return !isReadOnly();
}

void StoreFileController::newStoreInteractive()
{
    const QString start = m_document.isOpen() ? QFileInfo(m_document.path()).absolutePath() : QDir::homePath();
    const QString path = m_prompt(tr("New Store"), start + QStringLiteral("/my-store.db"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createStore(path, &error))
        PlainMessage::warning(&m_window, tr("Store not created"), error);
}

void StoreFileController::saveCopyInteractive()
{
    const QString path = m_prompt(tr("Save a Copy As"), suggestedCopy());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCopy(path, &error))
        PlainMessage::warning(&m_window, tr("Copy not saved"), error);
}

void StoreFileController::exportDatasetInteractive()
{
    if (!m_document.isOpen())
        return;
    const QFileInfo current(m_document.path());
    const QString folder = isReadOnly() ? QDir::homePath() : current.absolutePath();
    const QString path =
        m_folderPrompt(tr("Export Dataset"), folder + QLatin1Char('/') + current.completeBaseName() + tr("-dataset"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDataset(path, &error))
        PlainMessage::warning(&m_window, tr("Dataset not exported"), error);
}

QString StoreFileController::suggestedCopy() const
{
    const QFileInfo current(m_document.path());
    // The bundled store lives in the build tree; a copy belongs with the user's files.
    const QString folder = isReadOnly() ? QDir::homePath() : current.absolutePath();
    return folder + QLatin1Char('/') + current.completeBaseName() + tr("-copy") + QStringLiteral(".db");
}

void StoreFileController::updateTitle()
{
    if (!m_document.isOpen()) {
        m_window.setWindowTitle(tr("TieScope"));
        return;
    }
    const QString file = QFileInfo(m_document.path()).fileName();
    const QString title = QString::fromStdString(m_document.dataset().info().title);
    QString text = isReadOnly() ? tr("%1 (read-only)").arg(file) : file;
    if (!title.isEmpty())
        text += QStringLiteral(" — ") + title;
    m_window.setWindowTitle(text + QStringLiteral(" — TieScope"));
}

} // namespace tiescope
