// SPDX-License-Identifier: MIT
#include "app/analysispanels.h"

#include <QMainWindow>
#include <QStatusBar>

#include "app/analysiscontroller.h"
#include "app/analysisdock.h"
#include "app/detailsdock.h"
#include "app/exposuredock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/snapshotcontroller.h"
#include "app/timedock.h"
#include "render/graphscene.h"

namespace tiescope {

AnalysisPanels::AnalysisPanels(QMainWindow &window, const Parts &parts)
    : QObject(&window),
      m_controller(new AnalysisController(parts.document, parts.state, this)),
      m_dock(new AnalysisDock(*m_controller, parts.state, &window)),
      m_exposure(new ExposureDock(*m_controller, &window))
{
    window.splitDockWidget(&parts.details, m_dock, Qt::Vertical);
    // The chart shares the bottom with the time control (a tab each), leaving the canvas room.
    window.tabifyDockWidget(&parts.time, m_exposure);
    parts.time.raise();
    window.resizeDocks({&parts.time}, {170}, Qt::Vertical);

    connect(m_controller, &AnalysisController::finished, m_exposure, [this] {
        if (!m_controller->outcome().series.empty())
            m_exposure->raise(); // a new exposure series: show it
    });
    GraphDocument *document = &parts.document;
    connect(document, &GraphDocument::opened, m_dock, [this, document] { m_dock->setDataset(&document->dataset()); });
    connect(document, &GraphDocument::aboutToReplace, m_dock, [this] { m_dock->setDataset(nullptr); });
    connect(document, &GraphDocument::edited, m_dock, &AnalysisDock::datasetEdited);
    connect(&parts.snapshots, &SnapshotController::capturing, m_controller,
            [this](Snapshot &snapshot) { m_controller->addTo(snapshot); });
    connect(&parts.snapshots, &SnapshotController::applied, m_controller,
            [this, bar = window.statusBar()](const Snapshot &snapshot) {
                const QStringList problems = m_controller->restoreFrom(snapshot);
                if (!problems.isEmpty())
                    bar->showMessage(tr("Analysis restored in part: %1").arg(problems.join(QStringLiteral("; "))),
                                     10000);
            });
    const GraphScene *scene = &parts.scene;
    GraphCanvas *canvas = &parts.canvas;
    connect(m_dock, &AnalysisDock::resultShown, canvas, [scene, canvas](bool zoom) {
        if (zoom)
            canvas->showRect(scene->highlightBounds());
        else
            canvas->ensureVisible(scene->highlightBounds(), 40, 40);
    });
}

} // namespace tiescope
