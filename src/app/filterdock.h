// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QDockWidget>

#include "filter/filterspec.h"
#include "model/strongid.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QVBoxLayout;
class QGridLayout;

namespace tiescope {

class Dataset;
class EntityListModel;

// The filter panel: a toggle per domain (colour swatch and how many ties it would show),
// kind and status toggles, a minimum grade, what to do with entities left without ties,
// and a search that finds an entity (it selects, it does not filter).
class FilterDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterDock)

public:
    explicit FilterDock(QWidget *parent = nullptr);

    void setDataset(const Dataset *data);
    // The panel's part of the filter: everything but the date window.
    [[nodiscard]] FilterSpec spec() const;
    void setSpec(const FilterSpec &spec);
    void setDomainCounts(const std::vector<std::size_t> &counts);
    // The dataset's entities were edited: the search finds them as they are now.
    void entitiesChanged();
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

signals:
    void changed();
    void entityRequested(tiescope::EntityId entity);

private:
    void buildSearch(QVBoxLayout *layout);
    void findTyped();
    void setAll(std::vector<QCheckBox *> &boxes, bool checked);

    const Dataset *m_data = nullptr;
    QLineEdit *m_search = nullptr;
    EntityListModel *m_entities = nullptr;
    QWidget *m_domainBox = nullptr;
    QWidget *m_kindBox = nullptr;
    QGridLayout *m_domainGrid = nullptr;
    QGridLayout *m_kindGrid = nullptr;
    std::vector<QCheckBox *> m_domains;
    std::vector<QCheckBox *> m_kinds;
    std::vector<QCheckBox *> m_statuses;
    QComboBox *m_reliability = nullptr;
    QComboBox *m_credibility = nullptr;
    QComboBox *m_isolated = nullptr;
    QCheckBox *m_includeUndated = nullptr;
    QCheckBox *m_corroboratedOnly = nullptr;
    bool m_updating = false;
};

} // namespace tiescope
