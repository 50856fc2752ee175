// SPDX-License-Identifier: MIT
#include "app/sessionrestorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

#include "app/documentloader.h"
#include "app/filtercontroller.h"
#include "app/graphdocument.h"
#include "app/plainmessage.h"
#include "app/settingsstore.h"

namespace tiescope {

SessionRestorer::SessionRestorer(DocumentLoader &loader, const GraphDocument &document, SettingsStore &settings,
                                 FilterController &filter, QMainWindow &window)
    : QObject(&window),
      m_loader(loader),
      m_document(document),
      m_settings(settings),
      m_filter(filter),
      m_window(window)
{
    connect(&m_loader, &DocumentLoader::loaded, this, &SessionRestorer::loaded);
    connect(&m_loader, &DocumentLoader::failed, this, &SessionRestorer::failed);
    connect(&m_loader, &DocumentLoader::cancelled, this, [this](const QString &path) {
        m_restoring = false;
        m_window.statusBar()->showMessage(
            tr("Opening %1 cancelled; the data shown before stays open").arg(QFileInfo(path).fileName()), 5000);
    });
}

QString SessionRestorer::bundledDatabase()
{
    // Installed, the store beside the program (PREFIX/share/tiescope, as cmake --install and
    // the .deb put it), even where the build tree it came from still exists; else the build's.
    const QString installed = QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/tiescope/serbia-russia.db")));
    if (QFileInfo::exists(installed))
        return installed;
#ifdef TIESCOPE_BUNDLED_DB
    return QStringLiteral(TIESCOPE_BUNDLED_DB);
#else
    return {};
#endif
}

void SessionRestorer::open(const QString &path, bool interactive)
{
    m_loader.load(path);
    // Set after load(): a load it cancels reports with its own flags first.
    m_interactive = interactive;
    m_restoring = false;
}

void SessionRestorer::restore(const QString &database)
{
    if (!database.isEmpty()) {
        open(database);
        return;
    }
    const QString last = m_settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        open(last, false);
        m_restoring = true;
        return;
    }
    openBundled();
}

void SessionRestorer::loaded()
{
    m_settings.setLastDatabase(m_document.path());
    m_settings.addRecentFile(m_document.path());
    emit recentFilesChanged();
    if (m_restoring) {
        m_restoring = false;
        m_filter.setSpec(m_settings.filter());
    }
}

void SessionRestorer::failed(const QString &path, const QString &why)
{
    m_window.statusBar()->showMessage(tr("Cannot open %1").arg(QFileInfo(path).fileName()), 8000);
    if (m_restoring) {
        // The last session's database went bad: start from the bundled one, without a dialog
        // about a file the person did not just choose.
        m_restoring = false;
        openBundled();
        return;
    }
    if (m_interactive)
        PlainMessage::warning(
            &m_window, tr("Cannot open database"),
            tr("TieScope could not open this database. The data shown before stays open.\n\n%1").arg(why));
}

void SessionRestorer::openBundled()
{
    const QString bundled = bundledDatabase();
    if (!bundled.isEmpty() && QFileInfo::exists(bundled))
        open(bundled);
    else
        m_window.statusBar()->showMessage(tr("The bundled database was not found; use File → Open Database"), 10000);
}

} // namespace tiescope
