// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace tiescope {

class DocumentLoader;
class FilterController;
class GraphDocument;
class SettingsStore;

// Which database the window opens and what happens when that fails. At first start it
// reopens the last session (its database, then its filter) without a dialog, falling back to
// the bundled database when the last one went bad; a database the person chose reports a
// failure in a dialog. Every database that opens is remembered as the last and a recent one.
class SessionRestorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRestorer)

public:
    SessionRestorer(DocumentLoader &loader, const GraphDocument &document, SettingsStore &settings,
                    FilterController &filter, QMainWindow &window);

    // Starts opening a database off the UI thread; on failure shows why (when `interactive`).
    void open(const QString &path, bool interactive = true);
    // First start: `database` when given, else the last database with its filter (or the
    // bundled one).
    void restore(const QString &database = {});

    [[nodiscard]] static QString bundledDatabase();

signals:
    void recentFilesChanged();

private:
    void loaded();
    void failed(const QString &path, const QString &why);
    void openBundled();

    DocumentLoader &m_loader;
    const GraphDocument &m_document;
    SettingsStore &m_settings;
    FilterController &m_filter;
    QMainWindow &m_window;
    bool m_interactive = true; // how the running load reports a failure
    bool m_restoring = false;  // the running load reopens the last session
};

} // namespace tiescope
