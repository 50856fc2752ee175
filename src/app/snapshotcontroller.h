// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "io/snapshot.h"

class QWidget;

namespace tiescope {

class FilterController;
class GraphCanvas;
class GraphDocument;
class ViewState;

// Saves what the window shows as a version 2 JSON snapshot (filter, visible data, positions,
// viewport, every selected entity and tie, pins, layout) and restores a window from one. Entities and ties are
// matched by their stable keys; keys the open data lacks are skipped and counted.
class SnapshotController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotController)

public:
    SnapshotController(GraphDocument &document, ViewState &state, GraphCanvas &canvas, FilterController &filter,
                       QWidget *dialogParent);

    // The layout the window last ran, recorded in the snapshot; and told back on restore.
    void setLayoutNameAccess(std::function<QString()> get, std::function<void(const QString &)> set);
    // The view in front (Snapshot::View::Panes: "graph", "timeline", "map"); graph without it.
    void setPaneAccess(std::function<QString()> get, std::function<void(const QString &)> set);

    [[nodiscard]] Snapshot capture() const;
    // Writes atomically; false and `error` on failure, leaving no partial file.
    bool save(const QString &path, QString *error) const;
    // Reads and applies; false and `error` (file and problem) on failure, leaving the view as it was.
    bool open(const QString &path, QString *error);
    void apply(const Snapshot &snapshot);

public slots:
    void saveInteractive();
    void openInteractive();

signals:
    void restored(const QString &message);
    // A snapshot is about to be captured / was applied: other parts (e.g. the analysis panel)
    // may add their state to it or read theirs back.
    void capturing(tiescope::Snapshot &snapshot) const;
    void applied(const tiescope::Snapshot &snapshot);

private:
    GraphDocument &m_document;
    ViewState &m_state;
    GraphCanvas &m_canvas;
    FilterController &m_filter;
    QWidget *m_dialogParent;
    std::function<QString()> m_getLayout;
    std::function<void(const QString &)> m_setLayout;
    std::function<QString()> m_getPane;
    std::function<void(const QString &)> m_setPane;
};

} // namespace tiescope
