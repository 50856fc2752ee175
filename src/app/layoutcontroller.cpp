// SPDX-License-Identifier: MIT
#include "app/layoutcontroller.h"

#include <exception>

#include <QtConcurrent/QtConcurrentRun>

#include "app/graphdocument.h"
#include "app/viewstate.h"
#include "layout/layoutregistry.h"
#include "layout/layoutrequest.h"

namespace tiescope {

LayoutController::LayoutController(GraphDocument &document, const ViewState &state, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_state(state)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_shared)
            emit progressed(m_shared->permille.load() / 10);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LayoutController::done);
}

LayoutController::~LayoutController()
{
    stop();
}

QString LayoutController::label(const QString &name)
{
    const auto strategy = LayoutRegistry::create(name.toStdString());
    return strategy ? QString::fromStdString(strategy->label()) : name;
}

bool LayoutController::run(const QString &name, std::uint64_t seed, bool fresh)
{
    auto strategy = std::shared_ptr<LayoutStrategy>(LayoutRegistry::create(name.toStdString()));
    if (!strategy || !m_document.isOpen())
        return false;
    stop();
    m_shared = std::make_shared<Shared>();
    m_name = name;
    m_before = m_state.positions();

    LayoutRequest request;
    // The worker gets its own copies: the view's masks, positions and pins. The graph they
    // point into stays alive because stop() is called before the document replaces it.
    auto view = std::make_shared<GraphView>(m_document.view());
    request.initial = m_before;
    request.pinned = m_state.pins();
    request.seed = seed;
    request.fresh = fresh;
    request.threads = 1;
    request.cancel = &m_shared->cancel;
    std::shared_ptr<Shared> shared = m_shared;
    request.progress = [shared](double fraction) { shared->permille.store(static_cast<int>(fraction * 1000.0)); };

    m_busy = true;
    emit started(QString::fromStdString(strategy->label()));
    emit progressed(0);
    m_poll.start();
    m_watcher.setFuture(QtConcurrent::run([strategy, view, request, shared]() mutable {
        Outcome outcome;
        request.view = view.get();
        try {
            outcome.positions = strategy->run(request);
        } catch (const std::exception &e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
    return true;
}

void LayoutController::cancel()
{
    if (m_shared)
        m_shared->cancel.store(true);
}

void LayoutController::stop()
{
    cancel();
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void LayoutController::done()
{
    m_poll.stop();
    m_busy = false;
    const bool wasCancelled = m_shared && m_shared->cancel.load();
    m_shared.reset();
    if (m_watcher.future().resultCount() == 0) {
        emit failed(tr("the layout stopped without a result"));
        return;
    }
    const Outcome outcome = m_watcher.result();
    if (wasCancelled) {
        emit cancelled();
        return;
    }
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
        return;
    }
    if (outcome.positions.size() != m_before.size()) {
        emit failed(tr("the layout returned %1 positions for %2 entities").arg(outcome.positions.size()).arg(m_before.size()));
        return;
    }
    emit progressed(100);
    emit finished(m_name, m_before, outcome.positions);
}

} // namespace tiescope
