// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QString>

#include <vector>

#include "layout/point.h"
#include "render/graphselection.h"

class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace tiescope {

class DetailsDock;
class DocumentLoader;
class ExportController;
class FilterController;
class FilterDock;
class GraphCanvas;
class GraphDocument;
class GraphScene;
class LayoutController;
class MainActions;
class SettingsStore;
class SnapshotController;
class TimeDock;

// The explorer window: it owns the parts and wires them together. The parts do the work:
// GraphDocument (data and filter), GraphScene/GraphCanvas (drawing), the docks (filter,
// time, details), and controllers for filtering, layout, export, snapshots and settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening a database off the UI thread (see DocumentLoader); the current data stays
    // until the new data is ready. On failure shows why in a dialog (when `interactive`).
    void openDatabase(const QString &path, bool interactive = true);
    // First start: window state, then `database` when given, else the last database with its
    // filter (or the bundled one).
    void restoreSession(const QString &database = {});

    [[nodiscard]] GraphDocument &document() const { return *m_document; }
    [[nodiscard]] DocumentLoader &loader() const { return *m_loader; }
    [[nodiscard]] GraphScene &scene() const { return *m_scene; }
    [[nodiscard]] GraphCanvas &canvas() const { return *m_canvas; }
    [[nodiscard]] FilterDock &filterDock() const { return *m_filterDock; }
    [[nodiscard]] TimeDock &timeDock() const { return *m_timeDock; }
    [[nodiscard]] DetailsDock &detailsDock() const { return *m_detailsDock; }
    [[nodiscard]] LayoutController &layoutController() const { return *m_layout; }
    [[nodiscard]] FilterController &filterController() const { return *m_filter; }
    [[nodiscard]] ExportController &exportController() const { return *m_export; }
    [[nodiscard]] SnapshotController &snapshotController() const { return *m_snapshots; }
    [[nodiscard]] MainActions &actions() const { return *m_actions; }
    [[nodiscard]] QUndoStack &undoStack() const { return *m_undo; }
    [[nodiscard]] QString statusCounts() const;

    [[nodiscard]] static QString bundledDatabase();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildStatusBar();
    void connectActions();
    void connectParts();
    void datasetOpened();
    void databaseLoaded();
    void databaseFailed(const QString &path, const QString &why);
    void openBundled();
    void selectionChanged(GraphSelection selection);
    void selectEntity(EntityId entity);
    void runLayout(const QString &name, bool fresh);
    void layoutFinished(const QString &name, const std::vector<Point> &before, const std::vector<Point> &after);
    void releasePins();
    void updateCounts();
    void updateRecentMenu();
    void showAbout();

    GraphDocument *m_document;
    DocumentLoader *m_loader;
    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    FilterDock *m_filterDock;
    TimeDock *m_timeDock;
    DetailsDock *m_detailsDock;
    MainActions *m_actions;
    QUndoStack *m_undo;
    FilterController *m_filter;
    LayoutController *m_layout;
    ExportController *m_export;
    SnapshotController *m_snapshots;
    SettingsStore *m_settings;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    bool m_fitAfterLayout = false;
    bool m_loadInteractive = true;   // how the running load reports a failure
    bool m_restoringSession = false; // the running load reopens the last session
};

} // namespace tiescope
