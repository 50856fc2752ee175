// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include <QObject>
#include <QString>
#include <QTimer>

#include "model/strongid.h"

namespace tiescope {

class GraphDocument;
class LayoutController;
class ViewState;

// Keeps the picture the analyst left in the store (Store::savePositions, schema 4): when a
// layout finishes, an entity is dragged or pins change in an editable store, the positions of
// the layout shown are written (coalesced to one transaction per turn of the event loop, not in
// the audit trail). On open, restore() shows the positions of the layout saved last when they
// cover every entity, so no layout has to run. The bundled store is never written.
class LayoutKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutKeeper)

public:
    LayoutKeeper(GraphDocument &document, ViewState &state, LayoutController &layout, QObject *parent = nullptr);

    // After the document opened: puts the kept positions and pins into the view state and
    // returns their layout's name; empty (nothing changed) when the store keeps none that cover
    // every entity.
    QString restore();
    // Writes what is pending now (before the window closes).
    void flush();

signals:
    void saveFailed(const QString &why);

private:
    void markAll();
    void schedule();
    [[nodiscard]] bool keeps() const;

    GraphDocument &m_document;
    ViewState &m_state;
    QString m_layout; // the layout the view state shows; empty: none yet (nothing is kept)
    bool m_all = false;
    std::set<EntityId> m_dirty;
    QTimer m_pending;
};

} // namespace tiescope
