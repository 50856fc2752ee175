// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QMessageBox;
class QWidget;

namespace tiescope {

class GraphDocument;
class Store;

// Notices when the open store was changed by another program (another TieScope, the CLI) and
// offers to reload it in a non-modal box (Reload / Ignore); and, once, when its file was deleted,
// moved or replaced (a data_version would never change then): a replaced file is offered for
// reload, a missing one is said, the window keeping what it shows. It polls SQLite's PRAGMA
// data_version, which changes only for other connections' commits: on a read-only connection
// of its own until the document opens its store for writing (polled once more just before),
// then on the document's connection (GraphDocument::storeDataVersion). It polls once a second while the application is active, and at once
// when it becomes active again.
class StoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWatcher)

public:
    static constexpr int IntervalMs = 1000;

    StoreWatcher(GraphDocument &document, QWidget &window, QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Polls once (the timer calls this).
    void check();
    // The open offer, or nullptr.
    [[nodiscard]] QMessageBox *offer() const;

signals:
    void reloadRequested(const QString &path);

private:
    void watch();
    void updateTimer();
    [[nodiscard]] std::optional<long long> version();
    [[nodiscard]] bool fileMoved() const;
    void showOffer(bool moved);

    GraphDocument &m_document;
    QWidget &m_window;
    QTimer m_timer;
    std::unique_ptr<Store> m_reader; // until the document has a connection of its own
    bool m_onDocumentConnection = false;
    std::optional<long long> m_seen;
    bool m_movedSaid = false; // the file's going was said once
    QPointer<QMessageBox> m_offer;
};

} // namespace tiescope
