// SPDX-License-Identifier: MIT
#include "app/documentloader.h"

#include <utility>

#include <QFileInfo>

#include "app/graphdocument.h"
#include "graph/tiegraph.h"
#include "io/importerregistry.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// The share of the bar for reading the store; building the graph, which reports no progress
// of its own, takes the rest (measured: about 13% of the time at 100k ties, 20% at 1M).
constexpr double StoreShare = 0.8;

} // namespace

DocumentLoader::DocumentLoader(GraphDocument &document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(&m_runner, &TaskRunner::started, this, [this] {
        m_path = m_next;
        emit started(m_path);
    });
    connect(&m_runner, &TaskRunner::progressed, this, &DocumentLoader::progressed);
    connect(&m_runner, &TaskRunner::cancelled, this, [this] { emit cancelled(m_path); });
    connect(&m_runner, &TaskRunner::failed, this, [this](const QString &why) { emit failed(m_path, why); });
}

DocumentLoader::~DocumentLoader() = default;

void DocumentLoader::load(const QString &path)
{
    // A running load is reported cancelled, under its own path, before this one starts.
    m_next = QFileInfo(path).absoluteFilePath();
    m_runner.start([path = m_next](TaskControl &task) { return work(path, task); },
                   [this](Outcome outcome) { replace(std::move(outcome)); });
}

void DocumentLoader::cancel()
{
    m_runner.cancel();
}

DocumentLoader::Outcome DocumentLoader::work(const QString &path, TaskControl &task)
{
    // A cancel throws LoadCancelled out of the importer: nothing half-read is handed over.
    LoadControl control;
    control.cancel = task.cancelFlag();
    control.progress = task.progress(0.0, StoreShare);
    Outcome outcome;
    outcome.dataset = std::make_unique<Dataset>(ImporterRegistry::builtIn().load(path.toStdString(), control));
    outcome.graph = std::make_unique<TieGraph>(*outcome.dataset);
    return outcome;
}

void DocumentLoader::replace(Outcome outcome)
{
    emit replacing(m_path);
    m_document.replace(m_path, std::move(outcome.dataset), std::move(outcome.graph));
    emit loaded(m_path);
}

} // namespace tiescope
