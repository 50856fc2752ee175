// SPDX-License-Identifier: MIT
#include "app/analysiscontroller.h"

#include <memory>
#include <utility>

#include "app/analysisrunner.h"
#include "app/graphdocument.h"
#include "app/viewstate.h"
#include "graph/graphview.h"
#include "io/analysiskeys.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// Distinct, colour-blind-aware fills for the first communities; later ones repeat lighter.
const QColor CommunityPalette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
                                   QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                   QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                   QColor(0xba, 0xb0, 0xac)};

} // namespace

AnalysisController::AnalysisController(GraphDocument &document, ViewState &state, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_state(state)
{
    setObjectName(QStringLiteral("analysisController"));
    connect(&m_runner, &TaskRunner::started, this, &AnalysisController::started);
    connect(&m_runner, &TaskRunner::progressed, this, &AnalysisController::progressed);
    connect(&m_runner, &TaskRunner::cancelled, this, &AnalysisController::cancelled);
    connect(&m_runner, &TaskRunner::failed, this, &AnalysisController::failed);
    // Several filter changes in one go (a slider drag) give one re-run.
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(0);
    connect(&m_rerunTimer, &QTimer::timeout, this, &AnalysisController::run);
    connect(&m_document, &GraphDocument::aboutToReplace, this, &AnalysisController::documentReplaced);
    connect(&m_document, &GraphDocument::aboutToEdit, this, [this] {
        stop(); // the worker reads the graph the edit changes
        m_beforeEdit = toSnapshot();
    });
    connect(&m_document, &GraphDocument::edited, this, &AnalysisController::documentEdited);
    connect(&m_document, &GraphDocument::filterChanged, this, [this] {
        if (m_hasResult || isRunning())
            m_rerunTimer.start();
    });
}

// The runner waits for the worker, and reports nothing to a window that is going away.
AnalysisController::~AnalysisController() = default;

void AnalysisController::documentReplaced()
{
    stop();
    m_rerunTimer.stop();
    m_request = AnalysisRequest{};
    m_outcome = AnalysisOutcome{};
    m_hasResult = false;
    m_communityColours = false;
    emit cleared();
}

void AnalysisController::documentEdited()
{
    // The request again by key: what the edit deleted drops out, the rest follows its new id.
    // Ids in the shown result are stale, so it is computed again.
    AnalysisRequest request = fromSnapshot(m_beforeEdit, nullptr);
    request.kind = m_request.kind;
    m_request = std::move(request);
    applyStruck();
    emit requestChanged();
    emit whatIfChanged();
    if (m_hasResult || m_communityColours)
        run();
}

void AnalysisController::setRequest(AnalysisRequest request)
{
    request.overlay = m_request.overlay;
    m_request = std::move(request);
    emit requestChanged();
}

void AnalysisController::restore(AnalysisRequest request)
{
    m_request = std::move(request);
    applyStruck();
    emit requestChanged();
    emit whatIfChanged();
    run();
}

void AnalysisController::run()
{
    if (!m_document.isOpen())
        return;
    // Newest wins: a running analysis is cancelled, and not waited for. The worker gets its
    // own copies of the view's masks and the request; the graph they point into stays alive
    // because stop() runs before the document replaces it.
    auto view = std::make_shared<GraphView>(m_document.view());
    const AnalysisRequest request = m_request;
    m_runner.start(
        [view, request](TaskControl &task) {
            return AnalysisRunner::run(*view, request, task.cancelFlag(), task.progress());
        },
        [this](AnalysisOutcome outcome) { done(std::move(outcome)); });
}

void AnalysisController::cancel()
{
    m_runner.cancel();
}

void AnalysisController::stop()
{
    m_runner.stop();
}

void AnalysisController::done(AnalysisOutcome outcome)
{
    m_outcome = std::move(outcome);
    m_hasResult = m_outcome.error.isEmpty();
    m_state.clearHighlight();
    if (m_request.kind == AnalysisRequest::Kind::Communities && m_hasResult)
        applyCommunityColours();
    if (!m_outcome.error.isEmpty())
        emit failed(m_outcome.error);
    else
        emit finished();
}

void AnalysisController::overlayChanged()
{
    applyStruck();
    emit whatIfChanged();
    if (m_hasResult || isRunning())
        m_rerunTimer.start();
}

void AnalysisController::removeEntity(EntityId entity)
{
    if (m_request.overlay.removes(entity))
        return;
    m_request.overlay.removeEntity(entity);
    overlayChanged();
}

void AnalysisController::removeTie(TieId tie)
{
    if (m_request.overlay.removes(tie))
        return;
    m_request.overlay.removeTie(tie);
    overlayChanged();
}

void AnalysisController::sanctionEntity(EntityId entity, double remaining)
{
    m_request.overlay.sanctionEntity(entity, remaining);
    overlayChanged();
}

void AnalysisController::sanctionTie(TieId tie, double remaining)
{
    m_request.overlay.sanctionTie(tie, remaining);
    overlayChanged();
}

void AnalysisController::clearWhatIf()
{
    if (m_request.overlay.isEmpty())
        return;
    m_request.overlay.clear();
    overlayChanged();
}

QString AnalysisController::whatIfSummary() const
{
    if (!m_document.isOpen() || m_request.overlay.isEmpty())
        return tr("No what-if: the data as recorded.");
    const Dataset &data = m_document.dataset();
    QStringList parts;
    for (const EntityId e : m_request.overlay.removedEntities())
        parts << tr("without %1").arg(QString::fromStdString(data.entity(e).name));
    for (const TieId t : m_request.overlay.removedTies())
        parts << tr("without %1").arg(QString::fromStdString(data.tie(t).key));
    for (const auto &[e, f] : m_request.overlay.sanctionedEntities())
        parts << tr("%1 sanctioned to %2%").arg(QString::fromStdString(data.entity(e).name)).arg(qRound(f * 100));
    for (const auto &[t, f] : m_request.overlay.sanctionedTies())
        parts << tr("%1 sanctioned to %2%").arg(QString::fromStdString(data.tie(t).key)).arg(qRound(f * 100));
    return tr("What-if: %1").arg(parts.join(QStringLiteral("; ")));
}

void AnalysisController::applyStruck()
{
    const WhatIfOverlay &overlay = m_request.overlay;
    m_state.setStruck(std::vector<EntityId>(overlay.removedEntities().begin(), overlay.removedEntities().end()),
                      std::vector<TieId>(overlay.removedTies().begin(), overlay.removedTies().end()));
}

void AnalysisController::highlight(const AnalysisRow *row)
{
    if (!row || (row->entities.empty() && row->ties.empty())) {
        m_state.clearHighlight();
        return;
    }
    m_state.setHighlight(row->entities, row->ties);
}

void AnalysisController::clearHighlight()
{
    m_state.clearHighlight();
}

void AnalysisController::setCommunityColours(bool on)
{
    m_communityColours = on;
    if (!on) {
        m_state.setFills({});
        return;
    }
    if (m_outcome.communities.empty()) {
        // Nothing to colour by yet: find the communities first (off the UI thread).
        AnalysisRequest request = m_request;
        request.kind = AnalysisRequest::Kind::Communities;
        setRequest(request);
        run();
        return;
    }
    applyCommunityColours();
}

void AnalysisController::applyCommunityColours()
{
    if (!m_communityColours || m_outcome.communities.empty())
        return;
    std::unordered_map<EntityId, QColor> fills;
    constexpr std::size_t Size = std::size(CommunityPalette);
    for (std::size_t e = 0; e < m_outcome.communities.size(); ++e) {
        const int c = m_outcome.communities[e];
        if (c < 0)
            continue;
        const auto n = static_cast<std::size_t>(c);
        fills[EntityId(e)] =
            n < Size ? CommunityPalette[n] : CommunityPalette[n % Size].lighter(100 + static_cast<int>(n / Size) * 25);
    }
    m_state.setFills(std::move(fills));
}

Snapshot::Analysis AnalysisController::toSnapshot() const
{
    Snapshot::Analysis out;
    out.kind = AnalysisRequest::key(m_request.kind);
    out.hops = m_request.hops;
    if (m_document.isOpen())
        AnalysisKeys::write({m_request.a, m_request.b, m_request.domain, m_request.overlay}, m_document.dataset(), out);
    return out;
}

void AnalysisController::addTo(Snapshot &snapshot) const
{
    if (snapshot.view && (m_hasResult || !m_request.overlay.isEmpty()))
        snapshot.view->analysis = toSnapshot();
}

QStringList AnalysisController::restoreFrom(const Snapshot &snapshot)
{
    QStringList problems;
    if (!snapshot.view || !snapshot.view->analysis) {
        clearWhatIf();
        clearHighlight();
        return problems;
    }
    restore(fromSnapshot(*snapshot.view->analysis, &problems));
    return problems;
}

AnalysisRequest AnalysisController::fromSnapshot(const Snapshot::Analysis &in, QStringList *problems) const
{
    AnalysisRequest request;
    request.kind = AnalysisRequest::fromKey(QString::fromStdString(in.kind)).value_or(AnalysisRequest::Kind::Chains);
    request.hops = in.hops;
    if (!m_document.isOpen())
        return request;
    std::vector<WhatIfKeys::Unknown> unknown;
    AnalysisKeys::Ids ids = AnalysisKeys::read(in, m_document.dataset(), unknown);
    request.a = ids.a;
    request.b = ids.b;
    request.domain = ids.domain;
    request.overlay = std::move(ids.overlay);
    for (const WhatIfKeys::Unknown &key : unknown) {
        if (problems)
            *problems << tr("%1 \"%2\" is not in the open database")
                             .arg(QString::fromStdString(key.what), QString::fromStdString(key.key));
    }
    return request;
}

} // namespace tiescope
