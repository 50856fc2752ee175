// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMainWindow;

namespace tiescope {

class AnalysisController;
class AnalysisDock;
class DetailsDock;
class ExposureDock;
class GraphCanvas;
class GraphDocument;
class GraphScene;
class SnapshotController;
class TimeDock;
class ViewState;

// The dependency analysis in the window: its controller, the analysis panel (under the
// details) and the exposure chart (a tab beside the time control), joined to the document,
// the view state, snapshots and the canvas.
class AnalysisPanels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisPanels)

public:
    struct Parts
    {
        GraphDocument &document;
        ViewState &state;
        const GraphScene &scene; // the highlight's drawn bounds
        GraphCanvas &canvas;
        SnapshotController &snapshots;
        DetailsDock &details; // the panel goes under it
        TimeDock &time;       // the chart shares its place
    };

    AnalysisPanels(QMainWindow &window, const Parts &parts);

    [[nodiscard]] AnalysisController &controller() const { return *m_controller; }
    [[nodiscard]] AnalysisDock &dock() const { return *m_dock; }
    [[nodiscard]] ExposureDock &exposureDock() const { return *m_exposure; }

private:
    AnalysisController *m_controller;
    AnalysisDock *m_dock;
    ExposureDock *m_exposure;
};

} // namespace tiescope
