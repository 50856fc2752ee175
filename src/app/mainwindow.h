// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QString>

#include "model/strongid.h"

class QLabel;
class QUndoStack;

namespace tiescope {

class AnalysisController;
class AnalysisDock;
class AnalysisPanels;
class DetailsDock;
class DocumentLoader;
class EditController;
class ExportController;
class ExposureDock;
class FilterController;
class FilterDock;
class FocusMode;
class GraphCanvas;
class GraphDocument;
class GraphScene;
class CompareController;
class CompareDock;
class HistoryDock;
class ImportController;
class LayoutController;
class LayoutKeeper;
class LayoutPolicy;
class MainActions;
class MapPanel;
class RecordActions;
class MergeController;
class SceneBinder;
class SessionRestorer;
class SettingsStore;
class SnapshotController;
class StoreFileController;
class ViewExportController;
class StoreWatcher;
class TimeDock;
class TimelineDock;
class ViewState;
class ViewTabs;

// The explorer window, a composition root: it owns the parts and wires them together. The
// parts do the work: GraphDocument (data and filter) and ViewState (positions, pins,
// selection, highlights) that every view observes, GraphScene/GraphCanvas (drawing, joined
// to the view state by SceneBinder), the docks (filter, time, details, analysis), and
// controllers for filtering, layout, export, snapshots, the session and settings.
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
    [[nodiscard]] ViewState &viewState() const { return *m_viewState; }
    [[nodiscard]] DocumentLoader &loader() const { return *m_loader; }
    [[nodiscard]] GraphScene &scene() const { return *m_scene; }
    [[nodiscard]] GraphCanvas &canvas() const { return *m_canvas; }
    [[nodiscard]] ViewTabs &viewTabs() const { return *m_tabs; }
    [[nodiscard]] MapPanel &mapPanel() const { return *m_map; }
    [[nodiscard]] FilterDock &filterDock() const { return *m_filterDock; }
    [[nodiscard]] TimeDock &timeDock() const { return *m_timeDock; }
    [[nodiscard]] TimelineDock &timelineDock() const { return *m_timelineDock; }
    [[nodiscard]] DetailsDock &detailsDock() const { return *m_detailsDock; }
    [[nodiscard]] AnalysisController &analysisController() const;
    [[nodiscard]] AnalysisDock &analysisDock() const;
    [[nodiscard]] ExposureDock &exposureDock() const;
    [[nodiscard]] LayoutController &layoutController() const { return *m_layout; }
    [[nodiscard]] FilterController &filterController() const { return *m_filter; }
    [[nodiscard]] ExportController &exportController() const { return *m_export; }
    [[nodiscard]] SnapshotController &snapshotController() const { return *m_snapshots; }
    [[nodiscard]] MainActions &actions() const { return *m_actions; }
    [[nodiscard]] FocusMode &focusMode() const { return *m_focus; }
    [[nodiscard]] QUndoStack &undoStack() const { return *m_undo; }
    [[nodiscard]] EditController &editController() const { return *m_edits; }
    [[nodiscard]] RecordActions &recordActions() const { return *m_records; }
    [[nodiscard]] StoreFileController &storeFiles() const { return *m_storeFiles; }
    [[nodiscard]] ViewExportController &viewExport() const { return *m_viewExport; }
    [[nodiscard]] ImportController &importController() const { return *m_import; }
    [[nodiscard]] HistoryDock &historyDock() const { return *m_historyDock; }
    [[nodiscard]] CompareDock &compareDock() const { return *m_compareDock; }
    [[nodiscard]] CompareController &compareController() const { return *m_compare; }
    [[nodiscard]] MergeController &mergeController() const { return *m_merges; }
    [[nodiscard]] LayoutKeeper &layoutKeeper() const { return *m_layoutKeeper; }
    [[nodiscard]] StoreWatcher &storeWatcher() const { return *m_storeWatcher; }
    [[nodiscard]] QString statusCounts() const;

    [[nodiscard]] static QString bundledDatabase();

    // A size that fits the screen the window opens on, with room around it.
    [[nodiscard]] QSize startSize() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildDocks();
    void sizeDocks(); // for the window's size: the canvas gets most of it
    void buildMenus();
    void buildStatusBar();
    void connectActions();
    void connectParts();
    void datasetOpened();
    void selectEntity(EntityId entity);
    void revealSelection();
    void updateCounts();
    void updateRecentMenu();
    void showAbout();

    GraphDocument *m_document;
    ViewState *m_viewState;
    DocumentLoader *m_loader;
    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    ViewTabs *m_tabs;
    MapPanel *m_map;
    FilterDock *m_filterDock;
    TimeDock *m_timeDock;
    DetailsDock *m_detailsDock;
    MainActions *m_actions;
    QUndoStack *m_undo;
    SceneBinder *m_binder;
    FilterController *m_filter;
    LayoutController *m_layout;
    EditController *m_edits;
    RecordActions *m_records = nullptr;
    StoreFileController *m_storeFiles;
    ViewExportController *m_viewExport;
    ImportController *m_import;
    HistoryDock *m_historyDock;
    TimelineDock *m_timelineDock;
    CompareDock *m_compareDock;
    CompareController *m_compare;
    MergeController *m_merges;
    LayoutPolicy *m_layoutPolicy;
    LayoutKeeper *m_layoutKeeper;
    StoreWatcher *m_storeWatcher;
    ExportController *m_export;
    SnapshotController *m_snapshots;
    AnalysisPanels *m_analysis;
    SettingsStore *m_settings;
    SessionRestorer *m_session;
    QLabel *m_counts;
    FocusMode *m_focus = nullptr;
    bool m_docksSized = false; // by the saved state, or at the first show
};

} // namespace tiescope
