// SPDX-License-Identifier: MIT
#include "app/documentloader.h"

#include <algorithm>
#include <exception>

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "app/graphdocument.h"
#include "graph/tiegraph.h"
#include "io/importerregistry.h"
#include "model/dataset.h"
#include "store/loadcancelled.h"

namespace tiescope {

namespace {

// The share of the bar for reading the store; building the graph, which reports no progress
// of its own, takes the rest (measured: about 13% of the time at 100k ties, 20% at 1M).
constexpr double StoreShare = 0.8;

} // namespace

DocumentLoader::DocumentLoader(GraphDocument &document, QObject *parent) : QObject(parent), m_document(document)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_shared)
            emit progressed(m_shared->permille.load() / 10);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DocumentLoader::done);
}

DocumentLoader::~DocumentLoader()
{
    cancel();
    m_watcher.waitForFinished();
    for (QFuture<Result> &future : m_abandoned)
        future.waitForFinished();
}

void DocumentLoader::load(const QString &path)
{
    if (m_shared) {
        // The running load may be deep in a query: let it notice the flag on its own thread
        // rather than block the window until it does.
        m_shared->cancel.store(true);
        m_shared.reset();
        m_poll.stop();
        m_abandoned.push_back(m_watcher.future());
        emit cancelled(m_path);
    }
    m_abandoned.erase(std::remove_if(m_abandoned.begin(), m_abandoned.end(),
                                     [](const QFuture<Result> &future) { return future.isFinished(); }),
                      m_abandoned.end());

    m_path = QFileInfo(path).absoluteFilePath();
    m_shared = std::make_shared<Shared>();
    emit started(m_path);
    emit progressed(0);
    m_poll.start();
    m_watcher.setFuture(QtConcurrent::run(&DocumentLoader::work, m_path, m_shared));
}

void DocumentLoader::cancel()
{
    if (m_shared)
        m_shared->cancel.store(true);
}

DocumentLoader::Result DocumentLoader::work(const QString &path, const std::shared_ptr<Shared> &shared)
{
    auto outcome = std::make_shared<Outcome>();
    try {
        LoadControl control;
        control.cancel = &shared->cancel;
        control.progress = [&shared](double fraction) {
            shared->permille.store(static_cast<int>(fraction * StoreShare * 1000.0));
        };
        outcome->dataset = std::make_unique<Dataset>(ImporterRegistry::builtIn().load(path.toStdString(), control));
        outcome->graph = std::make_unique<TieGraph>(*outcome->dataset);
        shared->permille.store(1000);
    } catch (const LoadCancelled &) {
        // Reported from the flag, which done() reads: nothing half-read is handed over.
        outcome->dataset.reset();
    } catch (const std::exception &e) {
        outcome->error = QString::fromStdString(e.what());
    }
    return outcome;
}

void DocumentLoader::done()
{
    // A late signal of a load that a newer one replaced (and that was reported as cancelled).
    if (!m_shared || !m_watcher.future().isFinished())
        return;
    m_poll.stop();
    const bool wasCancelled = m_shared->cancel.load();
    m_shared.reset();
    const Result outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : nullptr;
    if (wasCancelled) {
        emit cancelled(m_path);
    } else if (!outcome || (!outcome->graph && outcome->error.isEmpty())) {
        emit failed(m_path, tr("%1: loading stopped without a result").arg(m_path));
    } else if (!outcome->error.isEmpty()) {
        emit failed(m_path, outcome->error);
    } else {
        emit progressed(100);
        emit replacing(m_path);
        m_document.replace(m_path, std::move(outcome->dataset), std::move(outcome->graph));
        emit loaded(m_path);
    }
}

} // namespace tiescope
