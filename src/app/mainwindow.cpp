// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "app/aboutdialog.h"
#include "app/analysiscontroller.h"
#include "app/analysisdock.h"
#include "app/analysispanels.h"
#include "app/detailsdock.h"
#include "app/documentloader.h"
#include "app/editcontroller.h"
#include "app/exportcontroller.h"
#include "app/exposuredock.h"
#include "app/filtercontroller.h"
#include "app/filterdock.h"
#include "app/focusmode.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/importcontroller.h"
#include "app/comparecontroller.h"
#include "app/comparedock.h"
#include "app/historydock.h"
#include "app/layoutcontroller.h"
#include "app/layoutkeeper.h"
#include "app/layoutpolicy.h"
#include "app/layoutprogress.h"
#include "app/loadindicator.h"
#include "app/mainactions.h"
#include "app/mappanel.h"
#include "app/mapview.h"
#include "app/mergecontroller.h"
#include "app/recordactions.h"
#include "app/scenebinder.h"
#include "app/sessionrestorer.h"
#include "app/settingsstore.h"
#include "app/snapshotcontroller.h"
#include "app/storefilecontroller.h"
#include "app/viewexportcontroller.h"
#include "app/storewatcher.h"
#include "app/timedock.h"
#include "app/timelinedock.h"
#include "app/viewstate.h"
#include "app/viewtabs.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/graphscene.h"

// Resources live in the static tiescope_gui library, so they must be registered by hand;
// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(tiescope);
}

namespace tiescope {

MainWindow::MainWindow(QWidget *parent)
    // Resources first: the docks built below load their icons from them. The view state
    // right after the document, so it follows each new document before anything else does.
    : QMainWindow(parent),
      m_document((initResources(), new GraphDocument(this))),
      m_viewState(new ViewState(*m_document, this)),
      m_loader(new DocumentLoader(*m_document, this)),
      m_scene(new GraphScene(this)),
      m_canvas(new GraphCanvas(m_scene, this)),
      m_tabs(new ViewTabs(this)),
      m_map(new MapPanel(*m_document, *m_viewState, this)),
      m_filterDock(new FilterDock(this)),
      m_timeDock(new TimeDock(this)),
      m_detailsDock(new DetailsDock(*m_document, *m_viewState, this)),
      m_actions(new MainActions(this)),
      m_undo(new QUndoStack(this)),
      m_settings(new SettingsStore)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tiescope.svg")));
    setWindowTitle(tr("TieScope"));
    // The canvas stays the first view; the others show the same data, filter and selection.
    m_tabs->addView(m_canvas, tr("Graph"), QKeySequence(tr("Ctrl+1")), tr("Show the graph"));
    m_tabs->addView(m_map, tr("Map"), QKeySequence(tr("Ctrl+2")),
                    tr("Show the entities on a world map, by country"));
    setCentralWidget(m_tabs);
    m_binder = new SceneBinder(*m_viewState, *m_scene, *m_undo, this);
    m_viewState->setPlacementCentre([this] {
        const QPointF centre = m_canvas->mapToScene(m_canvas->viewport()->rect().center());
        return Point{centre.x(), centre.y()};
    });
    m_filter = new FilterController(*m_document, *m_scene, *m_filterDock, *m_timeDock, this);
    m_layout = new LayoutController(*m_document, *m_viewState, this);
    m_edits = new EditController(*m_document, *m_undo, this);
    m_storeFiles = new StoreFileController(*m_document, *this, [this](const QString &path) { openDatabase(path); });
    m_edits->setEnsureEditable([this] { return m_storeFiles->ensureEditable(); });
    m_viewExport = new ViewExportController(*m_document, *m_viewState, this);
    m_import = new ImportController(*m_edits, this);
    m_historyDock = new HistoryDock(*m_document, this);
    m_timelineDock = new TimelineDock(*m_document, *m_viewState, *m_timeDock, this);
    m_merges = new MergeController(*m_edits, *this);
    m_layoutPolicy =
        new LayoutPolicy(*m_layout, *m_viewState, *m_canvas, *m_undo, *m_actions->layouts, *statusBar(), this);
    m_layoutKeeper = new LayoutKeeper(*m_document, *m_viewState, *m_layout, this);
    m_storeWatcher = new StoreWatcher(*m_document, *this, this);
    m_export = new ExportController(*m_document, *m_scene, *m_canvas, *m_settings, this);
    m_snapshots = new SnapshotController(*m_document, *m_viewState, *m_canvas, *m_filter, this);
    m_snapshots->setLayoutNameAccess(
        [this] {
            const QAction *checked = m_actions->layouts->checkedAction();
            return checked ? checked->data().toString() : QString();
        },
        [this](const QString &name) {
            for (QAction *action : m_actions->layouts->actions())
                action->setChecked(action->data().toString() == name);
        });
    // The pane in front goes into snapshots: "map" for the Map tab, else "graph" (the timeline is
    // a dock, not a tab).
    // The pane in front: the Map tab, else the Timeline dock when it is raised, else the graph.
    m_snapshots->setPaneAccess(
        [this] {
            if (m_tabs->currentWidget() == m_map)
                return QStringLiteral("map");
            return m_timelineDock->isVisible() && !m_timelineDock->visibleRegion().isEmpty() ? QStringLiteral("timeline")
                                                                                            : QStringLiteral("graph");
        },
        [this](const QString &pane) {
            m_tabs->setCurrentWidget(pane == QStringLiteral("map") ? static_cast<QWidget *>(m_map) : m_canvas);
            if (pane == QStringLiteral("timeline")) {
                m_timelineDock->show();
                m_timelineDock->raise();
            }
        });
    m_session = new SessionRestorer(*m_loader, *m_document, *m_settings, *m_filter, *this);
    m_compareDock = new CompareDock(this);
    buildDocks();
    buildStatusBar();
    m_analysis = new AnalysisPanels(
        *this, {*m_document, *m_viewState, *m_scene, *m_canvas, *m_snapshots, *m_detailsDock, *m_timeDock});
    // After the analysis: on a restored snapshot the analysis resets the canvas marks first,
    // then the comparison puts its own back.
    m_compare = new CompareController(*m_document, *m_viewState, *m_filter, *m_compareDock, *m_snapshots, this);
    buildMenus();
    m_records = new RecordActions(*this);
    m_records->addTo(*m_actions->editMenu, *m_actions->toolBar);
    connectActions();
    connectParts();
    m_actions->showLegend->setChecked(m_settings->legendVisible());
    m_canvas->setLegendVisible(m_settings->legendVisible());
    m_focus = new FocusMode(*this, *m_actions->focusMode);
    updateRecentMenu();
    updateCounts();
    resize(startSize());
}

MainWindow::~MainWindow()
{
    // Their workers read the document's graph.
    m_layout->stop();
    m_analysis->controller().stop();
    delete m_settings;
}

QString MainWindow::bundledDatabase()
{
    return SessionRestorer::bundledDatabase();
}

AnalysisController &MainWindow::analysisController() const
{
    return m_analysis->controller();
}

AnalysisDock &MainWindow::analysisDock() const
{
    return m_analysis->dock();
}

ExposureDock &MainWindow::exposureDock() const
{
    return m_analysis->exposureDock();
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.openDatabase, &QAction::triggered, this, [this] {
        const QString start = m_document->isOpen() ? QFileInfo(m_document->path()).absolutePath() : QString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                          tr("TieScope databases (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    connect(a.newStore, &QAction::triggered, m_storeFiles, &StoreFileController::newStoreInteractive);
    connect(a.saveCopy, &QAction::triggered, m_storeFiles, &StoreFileController::saveCopyInteractive);
    connect(a.exportDataset, &QAction::triggered, m_storeFiles, &StoreFileController::exportDatasetInteractive);
    connect(a.exportAs, &QAction::triggered, m_viewExport, &ViewExportController::exportAsInteractive);
    connect(m_viewExport, &ViewExportController::exported, this, [this](const QString &path, const QString &summary) {
        statusBar()->showMessage(tr("Exported %1 (%2)").arg(QDir::toNativeSeparators(path), summary), 8000);
    });
    connect(a.importFiles, &QAction::triggered, m_import, &ImportController::openWizard);
    connect(m_import, &ImportController::imported, this,
            [this](const QString &summary) { statusBar()->showMessage(tr("Imported: %1").arg(summary), 8000); });
    connect(a.findDuplicates, &QAction::triggered, m_merges, &MergeController::findDuplicates);
    connect(m_records, &RecordActions::mergeRequested, m_merges,
            [this](EntityId entity) { m_merges->mergeWith(entity, m_viewState->selection().entities()); });
    connect(a.exportPng, &QAction::triggered, m_export, &ExportController::exportPng);
    connect(a.exportSvg, &QAction::triggered, m_export, &ExportController::exportSvg);
    connect(a.saveSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::saveInteractive);
    connect(a.openSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::openInteractive);
    connect(m_snapshots, &SnapshotController::restored, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    // Fit and zoom act on the view shown.
    const auto onMap = [this] { return m_tabs->currentWidget() == m_map; };
    connect(a.fitAll, &QAction::triggered, this, [this, onMap] { onMap() ? m_map->mapView().fitAll() : m_canvas->fitAll(); });
    connect(a.zoomIn, &QAction::triggered, this, [this, onMap] { onMap() ? m_map->mapView().zoomIn() : m_canvas->zoomIn(); });
    connect(a.zoomOut, &QAction::triggered, this,
            [this, onMap] { onMap() ? m_map->mapView().zoomOut() : m_canvas->zoomOut(); });
    connect(a.zoomSelection, &QAction::triggered, m_canvas, &GraphCanvas::zoomToSelection);
    connect(a.showLegend, &QAction::toggled, this, [this](bool on) {
        m_canvas->setLegendVisible(on);
        m_map->mapView().setLegendVisible(on);
        m_settings->setLegendVisible(on);
    });
    connect(a.find, &QAction::triggered, this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filterDock->searchField()->setFocus();
        m_filterDock->searchField()->selectAll();
    });
    connect(a.clearSelection, &QAction::triggered, m_viewState, &ViewState::clearSelection);
    // Choosing a layout draws a new picture; re-running one continues from the current picture.
    connect(a.layouts, &QActionGroup::triggered, m_layoutPolicy,
            [this](QAction *action) { m_layoutPolicy->choose(action->data().toString()); });
    connect(a.rerunLayout, &QAction::triggered, m_layoutPolicy, &LayoutPolicy::rerun);
    connect(a.releasePins, &QAction::triggered, m_layoutPolicy, &LayoutPolicy::releasePins);
    connect(a.cancelLayout, &QAction::triggered, m_layout, &LayoutController::cancel);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectParts()
{
    connect(m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_layout->stop();
        m_undo->clear();
    });
    connect(m_document, &GraphDocument::aboutToEdit, m_layout, &LayoutController::stop);
    connect(m_document, &GraphDocument::opened, this, &MainWindow::datasetOpened);
    connect(m_document, &GraphDocument::edited, this, &MainWindow::updateCounts);
    connect(m_document, &GraphDocument::filterChanged, this, &MainWindow::updateCounts);
    connect(m_session, &SessionRestorer::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_storeFiles, &StoreFileController::fileChanged, this, [this](const QString &path) {
        m_settings->setLastDatabase(path);
        m_settings->addRecentFile(path);
        updateRecentMenu();
    });
    connect(m_detailsDock, &DetailsDock::revealRequested, this, &MainWindow::revealSelection);
    connect(m_filterDock, &FilterDock::entityRequested, this, &MainWindow::selectEntity);
    connect(m_storeWatcher, &StoreWatcher::reloadRequested, this, [this](const QString &path) { openDatabase(path); });
    connect(m_layoutKeeper, &LayoutKeeper::saveFailed, this,
            [this](const QString &why) { statusBar()->showMessage(why, 8000); });
}

void MainWindow::openDatabase(const QString &path, bool interactive)
{
    m_session->open(path, interactive);
}

void MainWindow::restoreSession(const QString &database)
{
    m_docksSized = m_settings->restoreWindow(*this);
    m_session->restore(database);
}

void MainWindow::datasetOpened()
{
    m_filter->datasetOpened(); // the title bar is StoreFileController's
    m_filter->apply();
    // A kept picture is fitted once it is set (layOutOpened); otherwise the placeholder grid is
    // fitted until the layout comes.
    const QString kept = m_layoutKeeper->restore();
    if (kept.isEmpty())
        m_canvas->fitAll();
    m_layoutPolicy->layOutOpened(kept);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->path())), 5000);
}

void MainWindow::revealSelection()
{
    const Selection &selection = m_viewState->selection();
    if (const auto entity = selection.currentEntity())
        m_canvas->centreOnEntity(*entity);
    else if (selection.currentTie())
        m_canvas->ensureVisible(m_scene->selectionBounds(), 40, 40);
}

void MainWindow::selectEntity(EntityId entity)
{
    if (!m_document->isOpen() || entity.index() >= m_document->dataset().entities().size())
        return;
    m_viewState->select(entity);
    m_canvas->centreOnEntity(entity);
    if (!m_document->view().isVisible(entity))
        statusBar()->showMessage(tr("%1 is hidden by the current filter")
                                     .arg(QString::fromStdString(m_document->dataset().entity(entity).name)),
                                 5000);
}

QString MainWindow::statusCounts() const
{
    return m_counts->text();
}

void MainWindow::updateCounts()
{
    if (!m_document->isOpen()) {
        m_counts->setText(tr("No database open"));
        return;
    }
    const GraphView &view = m_document->view();
    m_counts->setText(tr("%1 of %2 entities · %3 of %4 ties")
                          .arg(view.visibleEntityCount())
                          .arg(m_document->dataset().entities().size())
                          .arg(view.visibleTieCount())
                          .arg(m_document->dataset().ties().size()));
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &file : files) {
        QAction *action = menu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file); });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_document->isOpen() ? &m_document->dataset() : nullptr, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    m_layout->stop();
    m_layoutKeeper->flush();
    m_focus->setOn(false); // the docks are saved as they are outside focus mode
    m_settings->saveWindow(*this);
    if (m_document->isOpen())
        m_settings->saveFilter(m_filter->spec());
    event->accept();
}

} // namespace tiescope
