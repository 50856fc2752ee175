// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QPointF>

#include "model/strongid.h"

class QAction;
class QMenu;
class QPoint;
class QToolBar;

namespace tiescope {

class CanvasGestures;
class MainWindow;
class RecordForm;

// Editing records from the window: the Edit menu's New Entity / Tie / Source / Citation, Edit
// Selected, Delete (after a confirmation listing what goes with it) and Bulk Edit, the canvas's
// context menu, the Connect tool and the Alt-drag that starts a tie. Every form hands its
// change-set to the window's EditController; nothing here writes to the store itself.
class RecordActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordActions)

public:
    explicit RecordActions(MainWindow &window);

    void addTo(QMenu &editMenu, QToolBar &toolBar);
    [[nodiscard]] CanvasGestures &gestures() const { return *m_gestures; }
    // The form open now (each is window-modal and closes itself), or nullptr.
    [[nodiscard]] RecordForm *openForm() const { return m_form; }

    QAction *newEntity;
    QAction *newTie;
    QAction *newSource;
    QAction *newCitation;
    QAction *editSelected;
    QAction *deleteSelected;
    QAction *bulkEdit;
    QAction *connectTool;

public slots:
    void createEntity(std::optional<QPointF> at = std::nullopt);
    void createTie(std::optional<tiescope::EntityId> from = std::nullopt,
                   std::optional<tiescope::EntityId> to = std::nullopt);
    void createSource();
    void createCitation();
    void editCurrent();
    void deleteSelection();
    void bulkEditSelection();

signals:
    // "Merge with…" on an entity: the merge dialog (File menu's helper) takes it from here.
    void mergeRequested(tiescope::EntityId entity);
    void formOpened(tiescope::RecordForm *form);

private:
    void show(RecordForm *form, std::function<void()> saved);
    void contextMenu(const QPoint &globalPos, const QPointF &scenePos);
    void entityMenu(QMenu &menu, EntityId entity);
    void tieMenu(QMenu &menu, TieId tie);
    void updateEnabled();
    void selectEntityKey(const QString &key, std::optional<QPointF> at);
    void selectTieKey(const QString &key);
    [[nodiscard]] bool ready() const;

    MainWindow &m_window;
    CanvasGestures *m_gestures;
    RecordForm *m_form = nullptr;
};

} // namespace tiescope
