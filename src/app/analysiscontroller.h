// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include "app/analysisoutcome.h"
#include "app/analysisrequest.h"
#include "app/taskrunner.h"
#include "io/snapshot.h"

namespace tiescope {

class GraphDocument;
class ViewState;

// Runs the analysis panel's requests off the UI thread on the document's filtered view, with
// progress and cancel (a TaskRunner, as layouts do), and keeps the view state in step:
// the selected result highlighted, the what-if's removals struck, communities coloured.
// A shown result is re-run when the filter, the what-if or the data (an edit) changes. The what-if is a
// temporary overlay; nothing here writes to the store.
class AnalysisController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    AnalysisController(GraphDocument &document, ViewState &state, QObject *parent = nullptr);
    ~AnalysisController() override;

    [[nodiscard]] const AnalysisRequest &request() const { return m_request; }
    // Sets what to analyse (the overlay is kept: it has its own calls below).
    void setRequest(AnalysisRequest request);
    // Sets everything, the what-if included (opening a snapshot), and runs it.
    void restore(AnalysisRequest request);
    void run();
    void cancel();
    // Cancels and waits for the worker (before the data goes away).
    void stop();
    // From run() until its outcome is shown (finished, cancelled or failed emitted).
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] const AnalysisOutcome &outcome() const { return m_outcome; }

    // What-if on the overlay; a shown result is re-run. Removing what is removed is a no-op.
    void removeEntity(EntityId entity);
    void removeTie(TieId tie);
    void sanctionEntity(EntityId entity, double remaining = WhatIfOverlay::DefaultSanctionRemaining);
    void sanctionTie(TieId tie, double remaining = WhatIfOverlay::DefaultSanctionRemaining);
    void clearWhatIf();
    [[nodiscard]] const WhatIfOverlay &overlay() const { return m_request.overlay; }
    [[nodiscard]] QString whatIfSummary() const;

    void highlight(const AnalysisRow *row);
    void clearHighlight();
    void setCommunityColours(bool on);
    [[nodiscard]] bool communityColours() const { return m_communityColours; }

    // The request as a snapshot's "analysis" (keys, not ids), and back. Keys the open data
    // lacks are skipped and named in `problems`.
    [[nodiscard]] Snapshot::Analysis toSnapshot() const;
    AnalysisRequest fromSnapshot(const Snapshot::Analysis &analysis, QStringList *problems) const;
    // Snapshot hooks: a run analysis (or a what-if) goes into the view; opening one restores
    // and runs it, or clears the what-if when it has none. Returns the problems, if any.
    void addTo(Snapshot &snapshot) const;
    QStringList restoreFrom(const Snapshot &snapshot);

signals:
    void requestChanged();
    void whatIfChanged();
    void started();
    void progressed(int percent);
    void finished();
    void cancelled();
    void failed(const QString &why);
    void cleared(); // the data went away: no request, no result

private:
    void done(AnalysisOutcome outcome);
    void overlayChanged();
    void applyStruck();
    void applyCommunityColours();
    void documentReplaced();
    void documentEdited();

    GraphDocument &m_document;
    ViewState &m_state;
    AnalysisRequest m_request;
    AnalysisOutcome m_outcome;
    bool m_hasResult = false;
    bool m_communityColours = false;
    TaskRunner m_runner;
    QTimer m_rerunTimer;
    Snapshot::Analysis m_beforeEdit; // the request by key while an edit moves the ids
};

} // namespace tiescope
