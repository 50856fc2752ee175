// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include "filter/filterspec.h"

namespace tiescope {

class FilterDock;
class GraphDocument;
class GraphScene;
class TimeDock;

// Joins the filter panel and the time panel into one FilterSpec, applies it to the
// document, and shows the result on the scene: masks and sizes change, positions do not.
class FilterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterController)

public:
    FilterController(GraphDocument &document, GraphScene &scene, FilterDock &filterDock, TimeDock &timeDock,
                     QObject *parent = nullptr);

    // Puts a whole spec into both panels and applies it (settings, snapshots).
    void setSpec(const FilterSpec &spec);
    [[nodiscard]] FilterSpec spec() const;

public slots:
    void apply();
    void datasetOpened();
    void viewChanged();
    // After an edit: the counts, the histogram and the search list follow; the filter stays.
    void datasetEdited();

private:
    GraphDocument &m_document;
    GraphScene &m_scene;
    FilterDock &m_filterDock;
    TimeDock &m_timeDock;
    bool m_restoring = false;
};

} // namespace tiescope
