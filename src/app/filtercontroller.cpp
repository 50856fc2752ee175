// SPDX-License-Identifier: MIT
#include "app/filtercontroller.h"

#include "app/filterdock.h"
#include "app/graphdocument.h"
#include "app/timedock.h"
#include "render/graphscene.h"

namespace tiescope {

FilterController::FilterController(GraphDocument &document, GraphScene &scene, FilterDock &filterDock,
                                   TimeDock &timeDock, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_filterDock(filterDock), m_timeDock(timeDock)
{
    connect(&m_filterDock, &FilterDock::changed, this, &FilterController::apply);
    connect(&m_timeDock, &TimeDock::changed, this, &FilterController::apply);
    connect(&m_document, &GraphDocument::filterChanged, this, &FilterController::viewChanged);
    connect(&m_document, &GraphDocument::edited, this, &FilterController::datasetEdited);
}

FilterSpec FilterController::spec() const
{
    FilterSpec spec = m_filterDock.spec();
    spec.from = m_timeDock.from();
    spec.to = m_timeDock.to();
    return spec;
}

void FilterController::apply()
{
    if (m_restoring || !m_document.isOpen())
        return;
    FilterSpec shown = spec();
    // Play sweeps a window through the years: an undated tie has no year to appear in.
    if (m_timeDock.isPlaying())
        shown.includeUndated = false;
    m_document.setFilter(shown);
}

void FilterController::setSpec(const FilterSpec &spec)
{
    m_restoring = true;
    m_filterDock.setSpec(spec);
    m_timeDock.setWindow(spec.from, spec.to);
    m_restoring = false;
    apply();
}

void FilterController::datasetOpened()
{
    m_restoring = true;
    m_filterDock.setDataset(&m_document.dataset());
    m_timeDock.setDataset(&m_document.dataset());
    m_restoring = false;
}

void FilterController::datasetEdited()
{
    m_filterDock.entitiesChanged();
    m_timeDock.updateHistogram(m_document.dataset());
    viewChanged();
}

void FilterController::viewChanged()
{
    m_scene.setFadeIsolated(m_document.filter().isolated == IsolatedEntities::Fade);
    m_scene.setView(m_document.view());
    m_filterDock.setDomainCounts(m_document.countByDomain());
}

} // namespace tiescope
