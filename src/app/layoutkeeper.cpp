// SPDX-License-Identifier: MIT
#include "app/layoutkeeper.h"

#include <algorithm>

#include <QFileInfo>

#include "app/graphdocument.h"
#include "app/layoutcontroller.h"
#include "app/sessionrestorer.h"
#include "app/viewstate.h"
#include "layout/layoutregistry.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "store/keptpicture.h"
#include "store/store.h"

namespace tiescope {

LayoutKeeper::LayoutKeeper(GraphDocument &document, ViewState &state, LayoutController &layout, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_state(state)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &LayoutKeeper::flush);
    connect(&layout, &LayoutController::finished, this, [this](const QString &name) {
        m_layout = name;
        markAll();
    });
    connect(&m_state, &ViewState::positionsChanged, this, &LayoutKeeper::markAll);
    connect(&m_state, &ViewState::pinsChanged, this, &LayoutKeeper::markAll);
    connect(&m_state, &ViewState::positionChanged, this, [this](EntityId entity) {
        m_dirty.insert(entity);
        schedule();
    });
    // The positions belong to the data going away: drop what is pending with them.
    connect(&m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_pending.stop();
        m_layout.clear();
        m_all = false;
        m_dirty.clear();
    });
}

bool LayoutKeeper::keeps() const
{
    if (!m_document.isOpen() || !m_document.isEditable())
        return false;
    const QString bundled = SessionRestorer::bundledDatabase();
    return bundled.isEmpty() || QFileInfo(bundled).absoluteFilePath() != m_document.path();
}

void LayoutKeeper::markAll()
{
    m_all = true;
    schedule();
}

void LayoutKeeper::schedule()
{
    if (!m_layout.isEmpty())
        m_pending.start();
}

void LayoutKeeper::flush()
{
    m_pending.stop();
    const bool all = std::exchange(m_all, false);
    const std::set<EntityId> dirty = std::exchange(m_dirty, {});
    if (m_layout.isEmpty() || (!all && dirty.empty()) || !keeps())
        return;
    const std::vector<Entity> &entities = m_document.dataset().entities();
    if (m_state.entityCount() != entities.size())
        return;
    std::vector<StoredPosition> rows;
    const auto row = [&](std::size_t index) {
        const Point point = m_state.positions()[index];
        rows.push_back({entities[index].rowId, point.x, point.y, m_state.pins()[index] != 0});
    };
    if (all) {
        rows.reserve(entities.size());
        for (std::size_t i = 0; i < entities.size(); ++i)
            row(i);
    } else {
        for (const EntityId entity : dirty)
            row(entity.index());
    }
    const QString why = m_document.savePositions(m_layout.toStdString(), rows);
    if (!why.isEmpty())
        emit saveFailed(tr("The layout was not kept in the store: %1").arg(why));
}

QString LayoutKeeper::restore()
{
    m_layout.clear();
    if (!m_document.isOpen())
        return {};
    std::optional<KeptPicture> picture;
    try {
        const Store store = Store::open(m_document.path().toStdString(), Store::Mode::ReadOnly);
        picture = KeptPicture::read(store, m_document.dataset());
    } catch (const InputError &) {
        return {}; // not a store (a dataset folder), or unreadable: lay out as usual
    }
    const std::vector<std::string> known = LayoutRegistry::names();
    if (!picture || std::find(known.begin(), known.end(), picture->layout) == known.end())
        return {};
    m_state.setPins(std::move(picture->pins));
    m_state.setPositions(std::move(picture->positions));
    m_all = false; // what was just read needs no writing back
    m_pending.stop();
    m_layout = QString::fromStdString(picture->layout);
    return m_layout;
}

} // namespace tiescope
