// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "app/aboutdialog.h"
#include "app/analysiscontroller.h"
#include "app/analysisdock.h"
#include "app/applypositionscommand.h"
#include "app/detailsdock.h"
#include "app/documentloader.h"
#include "app/exportcontroller.h"
#include "app/exposuredock.h"
#include "app/filtercontroller.h"
#include "app/filterdock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/layoutcontroller.h"
#include "app/loadindicator.h"
#include "app/mainactions.h"
#include "app/moveentitycommand.h"
#include "app/settingsstore.h"
#include "app/snapshotcontroller.h"
#include "app/timedock.h"
#include "graph/tiegraph.h"
#include "layout/layoutregistry.h"
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
    // Resources first: the docks built below load their icons from them.
    : QMainWindow(parent), m_document((initResources(), new GraphDocument(this))),
      m_loader(new DocumentLoader(*m_document, this)), m_scene(new GraphScene(this)),
      m_canvas(new GraphCanvas(m_scene, this)), m_filterDock(new FilterDock(this)), m_timeDock(new TimeDock(this)),
      m_detailsDock(new DetailsDock(this)), m_actions(new MainActions(this)), m_undo(new QUndoStack(this)),
      m_settings(new SettingsStore)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tiescope.svg")));
    setWindowTitle(tr("TieScope"));
    setCentralWidget(m_canvas);
    m_filter = new FilterController(*m_document, *m_scene, *m_filterDock, *m_timeDock, this);
    m_layout = new LayoutController(*m_document, *m_scene, this);
    m_export = new ExportController(*m_document, *m_scene, *m_canvas, *m_settings, this);
    m_snapshots = new SnapshotController(*m_document, *m_scene, *m_canvas, *m_filter, this);
    m_snapshots->setLayoutNameAccess(
        [this] {
            const QAction *checked = m_actions->layouts->checkedAction();
            return checked ? checked->data().toString() : QString();
        },
        [this](const QString &name) {
            for (QAction *action : m_actions->layouts->actions())
                action->setChecked(action->data().toString() == name);
        });
    buildDocks();
    buildStatusBar();
    // Dependency analysis: its own controller and docks (src/app/analysis*, exposure*).
    auto *analysis = new AnalysisController(*m_document, *m_scene, this);
    auto *analysisDock = new AnalysisDock(*analysis, *m_scene, this);
    auto *exposureDock = new ExposureDock(*analysis, this);
    splitDockWidget(m_detailsDock, analysisDock, Qt::Vertical);
    // The chart shares the bottom with the time control (a tab each), leaving the canvas room.
    tabifyDockWidget(m_timeDock, exposureDock);
    m_timeDock->raise();
    resizeDocks({m_timeDock}, {170}, Qt::Vertical);
    connect(analysis, &AnalysisController::finished, exposureDock, [analysis, exposureDock] {
        if (!analysis->outcome().series.empty())
            exposureDock->raise(); // a new exposure series: show it
    });
    connect(m_document, &GraphDocument::opened, analysisDock, [this, analysisDock] { analysisDock->setDataset(&m_document->dataset()); });
    connect(m_document, &GraphDocument::aboutToReplace, analysisDock, [analysisDock] { analysisDock->setDataset(nullptr); });
    connect(m_snapshots, &SnapshotController::capturing, analysis, [analysis](Snapshot &snapshot) { analysis->addTo(snapshot); });
    connect(m_snapshots, &SnapshotController::applied, analysis, [this, analysis](const Snapshot &snapshot) {
        const QStringList problems = analysis->restoreFrom(snapshot);
        if (!problems.isEmpty())
            statusBar()->showMessage(tr("Analysis restored in part: %1").arg(problems.join(QStringLiteral("; "))), 10000);
    });
    connect(analysisDock, &AnalysisDock::resultShown, m_canvas, [this](bool zoom) {
        if (zoom)
            m_canvas->showRect(m_scene->highlightBounds());
        else
            m_canvas->ensureVisible(m_scene->highlightBounds(), 40, 40);
    });

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    auto *docks = new QMenu(tr("&Panels"), this);
    docks->addAction(m_filterDock->toggleViewAction());
    docks->addAction(m_timeDock->toggleViewAction());
    docks->addAction(m_detailsDock->toggleViewAction());
    docks->addAction(analysisDock->toggleViewAction());
    docks->addAction(exposureDock->toggleViewAction());
    m_actions->buildMenus(menuBar(), undo, redo, docks);
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(20, 20));
    m_actions->buildToolBar(toolBar);
    connectActions();
    connectParts();
    m_actions->showLegend->setChecked(m_settings->legendVisible());
    m_canvas->setLegendVisible(m_settings->legendVisible());
    updateRecentMenu();
    updateCounts();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    m_layout->stop();
    findChild<AnalysisController *>()->stop(); // its worker reads the document's graph
    delete m_settings;
}

QString MainWindow::bundledDatabase()
{
#ifdef TIESCOPE_BUNDLED_DB
    return QStringLiteral(TIESCOPE_BUNDLED_DB);
#else
    return {};
#endif
}

void MainWindow::buildDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timeDock);
    m_filterDock->setMinimumWidth(300);
    m_detailsDock->setMinimumWidth(320);
    resizeDocks({m_filterDock, m_detailsDock}, {300, 420}, Qt::Horizontal);
}

void MainWindow::buildStatusBar()
{
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancel = new QToolButton;
    m_cancel->setDefaultAction(m_actions->cancelLayout);
    m_cancel->setAutoRaise(true);
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(new LoadIndicator(*m_loader));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_counts);
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
    connect(a.exportPng, &QAction::triggered, m_export, &ExportController::exportPng);
    connect(a.exportSvg, &QAction::triggered, m_export, &ExportController::exportSvg);
    connect(a.saveSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::saveInteractive);
    connect(a.openSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::openInteractive);
    connect(m_snapshots, &SnapshotController::restored, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.fitAll, &QAction::triggered, m_canvas, &GraphCanvas::fitAll);
    connect(a.zoomIn, &QAction::triggered, m_canvas, &GraphCanvas::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_canvas, &GraphCanvas::zoomOut);
    connect(a.zoomSelection, &QAction::triggered, m_canvas, &GraphCanvas::zoomToSelection);
    connect(a.showLegend, &QAction::toggled, this, [this](bool on) {
        m_canvas->setLegendVisible(on);
        m_settings->setLegendVisible(on);
    });
    connect(a.find, &QAction::triggered, this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filterDock->searchField()->setFocus();
        m_filterDock->searchField()->selectAll();
    });
    connect(a.clearSelection, &QAction::triggered, this, [this] { m_scene->setGraphSelection({}); });
    // Choosing a layout draws a new picture; re-running one continues from the current picture.
    connect(a.layouts, &QActionGroup::triggered, this, [this](QAction *action) {
        m_fitAfterLayout = true;
        runLayout(action->data().toString(), true);
    });
    connect(a.rerunLayout, &QAction::triggered, this, [this] {
        if (const QAction *checked = m_actions->layouts->checkedAction())
            runLayout(checked->data().toString(), false);
    });
    connect(a.releasePins, &QAction::triggered, this, &MainWindow::releasePins);
    connect(a.cancelLayout, &QAction::triggered, m_layout, &LayoutController::cancel);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectParts()
{
    connect(m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_layout->stop();
        m_undo->clear();
        m_detailsDock->showSelection(nullptr, {});
        m_scene->setGraph(nullptr);
    });
    connect(m_document, &GraphDocument::opened, this, &MainWindow::datasetOpened);
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::databaseLoaded);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::databaseFailed);
    connect(m_loader, &DocumentLoader::cancelled, this, [this](const QString &path) {
        m_restoringSession = false;
        statusBar()->showMessage(tr("Opening %1 cancelled; the data shown before stays open").arg(QFileInfo(path).fileName()),
                                 5000);
    });
    connect(m_document, &GraphDocument::filterChanged, this, &MainWindow::updateCounts);
    connect(m_scene, &GraphScene::graphSelectionChanged, this, &MainWindow::selectionChanged);
    connect(m_scene, &GraphScene::viewApplied, this, [this] {
        // The filter may have hidden or shown ties of the selection: say so in the panel.
        selectionChanged(m_scene->graphSelection());
    });
    connect(m_scene, &GraphScene::entityDragged, this, [this](EntityId entity, QPointF from, QPointF to) {
        // The scene pinned it already; the command remembers the pin before the drag.
        m_undo->push(new MoveEntityCommand(*m_scene, entity, from, to, false));
    });
    connect(m_detailsDock, &DetailsDock::selectionRequested, this, [this](GraphSelection selection) {
        m_scene->setGraphSelection(selection);
        if (selection.isEntity())
            m_canvas->centreOnEntity(selection.entityId());
        else if (selection.isTie())
            m_canvas->ensureVisible(m_scene->selectionBounds(), 40, 40);
    });
    connect(m_filterDock, &FilterDock::entityRequested, this, &MainWindow::selectEntity);

    connect(m_layout, &LayoutController::started, this, [this](const QString &label) {
        statusBar()->showMessage(tr("Laying out: %1…").arg(label));
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        m_actions->cancelLayout->setEnabled(true);
    });
    connect(m_layout, &LayoutController::progressed, m_progress, &QProgressBar::setValue);
    const auto layoutEnded = [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_actions->cancelLayout->setEnabled(false);
    };
    connect(m_layout, &LayoutController::finished, this, [this, layoutEnded](const QString &name, const std::vector<Point> &before,
                                                                             const std::vector<Point> &after) {
        layoutEnded();
        layoutFinished(name, before, after);
    });
    connect(m_layout, &LayoutController::cancelled, this, [this, layoutEnded] {
        layoutEnded();
        statusBar()->showMessage(tr("Layout cancelled; positions unchanged"), 4000);
    });
    connect(m_layout, &LayoutController::failed, this, [this, layoutEnded](const QString &why) {
        layoutEnded();
        statusBar()->showMessage(tr("Layout failed: %1").arg(why), 8000);
    });
}

void MainWindow::openDatabase(const QString &path, bool interactive)
{
    m_loader->load(path);
    // Set after load(): a load it cancels reports with its own flags first.
    m_loadInteractive = interactive;
    m_restoringSession = false;
}

void MainWindow::databaseLoaded()
{
    m_settings->setLastDatabase(m_document->path());
    m_settings->addRecentFile(m_document->path());
    updateRecentMenu();
    if (m_restoringSession) {
        m_restoringSession = false;
        m_filter->setSpec(m_settings->filter());
    }
}

void MainWindow::databaseFailed(const QString &path, const QString &why)
{
    statusBar()->showMessage(tr("Cannot open %1").arg(QFileInfo(path).fileName()), 8000);
    if (m_restoringSession) {
        // The last session's database went bad: start from the bundled one, without a dialog
        // about a file the person did not just choose.
        m_restoringSession = false;
        openBundled();
        return;
    }
    if (m_loadInteractive)
        QMessageBox::warning(this, tr("Cannot open database"),
                             tr("TieScope could not open this database. The data shown before stays open.\n\n%1").arg(why));
}

void MainWindow::datasetOpened()
{
    const Dataset &data = m_document->dataset();
    setWindowTitle(tr("%1 — TieScope").arg(QString::fromStdString(data.info().title)));
    m_scene->setGraph(&m_document->graph());
    m_filter->datasetOpened();
    m_filter->apply();
    m_canvas->fitAll();
    // A fresh picture: lay it out with the first offered layout that reads best by default.
    const std::vector<std::string> names = LayoutRegistry::names();
    QString initial = QString::fromStdString(names.empty() ? std::string() : names.front());
    for (const char *preferred : {"force", "domain"}) {
        if (std::find(names.begin(), names.end(), preferred) != names.end()) {
            initial = QString::fromLatin1(preferred);
            break;
        }
    }
    m_fitAfterLayout = true;
    if (!initial.isEmpty())
        runLayout(initial, true);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->path())), 5000);
}

void MainWindow::runLayout(const QString &name, bool fresh)
{
    for (QAction *action : m_actions->layouts->actions())
        action->setChecked(action->data().toString() == name);
    if (!m_layout->run(name, 1, fresh))
        statusBar()->showMessage(tr("Unknown layout %1").arg(name), 5000);
}

void MainWindow::layoutFinished(const QString &name, const std::vector<Point> &before, const std::vector<Point> &after)
{
    const std::vector<std::uint8_t> pins = m_scene->pinned();
    m_undo->push(new ApplyPositionsCommand(*m_scene, tr("Layout: %1").arg(LayoutController::label(name)), before, after,
                                           pins, pins));
    if (m_fitAfterLayout) {
        m_fitAfterLayout = false;
        m_canvas->fitAll();
    }
    statusBar()->showMessage(tr("Laid out: %1").arg(LayoutController::label(name)), 3000);
}

void MainWindow::releasePins()
{
    const std::vector<Point> positions = m_scene->positions();
    m_undo->push(new ApplyPositionsCommand(*m_scene, tr("Release pinned entities"), positions, positions,
                                           m_scene->pinned(), std::vector<std::uint8_t>(positions.size(), 0)));
    statusBar()->showMessage(tr("Pins released: the next layout may move every entity"), 4000);
}

void MainWindow::selectionChanged(GraphSelection selection)
{
    m_detailsDock->showSelection(m_document->isOpen() ? &m_document->view() : nullptr, selection);
}

void MainWindow::selectEntity(EntityId entity)
{
    if (!m_document->isOpen() || entity.index() >= m_document->dataset().entities().size())
        return;
    m_scene->setGraphSelection(GraphSelection::entity(entity));
    m_canvas->centreOnEntity(entity);
    if (!m_scene->isShown(entity))
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

void MainWindow::restoreSession(const QString &database)
{
    m_settings->restoreWindow(*this);
    if (!database.isEmpty()) {
        openDatabase(database);
        return;
    }
    const QString last = m_settings->lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openDatabase(last, false);
        m_restoringSession = true;
        return;
    }
    openBundled();
}

void MainWindow::openBundled()
{
    const QString bundled = bundledDatabase();
    if (!bundled.isEmpty() && QFileInfo::exists(bundled))
        openDatabase(bundled);
    else
        statusBar()->showMessage(tr("The bundled database was not found; use File → Open Database"), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    m_layout->stop();
    m_settings->saveWindow(*this);
    if (m_document->isOpen())
        m_settings->saveFilter(m_filter->spec());
    event->accept();
}

} // namespace tiescope
