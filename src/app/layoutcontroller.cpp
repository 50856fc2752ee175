// SPDX-License-Identifier: MIT
#include "app/layoutcontroller.h"

#include <memory>
#include <stdexcept>

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
    connect(&m_runner, &TaskRunner::started, this, [this] { emit started(m_label); });
    connect(&m_runner, &TaskRunner::progressed, this, &LayoutController::progressed);
    connect(&m_runner, &TaskRunner::cancelled, this, &LayoutController::cancelled);
    connect(&m_runner, &TaskRunner::failed, this, &LayoutController::failed);
}

// The runner waits for the worker, and reports nothing to a window that is going away.
LayoutController::~LayoutController() = default;

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
    // Newest wins: a running layout is cancelled, and not waited for.
    m_name = name;
    m_label = QString::fromStdString(strategy->label());
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
    const std::size_t entities = m_before.size();
    m_runner.start(
        [strategy, view, request, entities](TaskControl &task) mutable {
            request.view = view.get();
            request.cancel = task.cancelFlag();
            request.progress = task.progress();
            std::vector<Point> positions = strategy->run(request);
            if (positions.size() != entities)
                throw std::runtime_error(tr("the layout returned %1 positions for %2 entities")
                                             .arg(positions.size())
                                             .arg(entities)
                                             .toStdString());
            return positions;
        },
        [this](std::vector<Point> after) { emit finished(m_name, m_before, after); });
    return true;
}

void LayoutController::cancel()
{
    m_runner.cancel();
}

void LayoutController::stop()
{
    m_runner.stop();
}

} // namespace tiescope
