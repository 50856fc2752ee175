// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "filter/filterspec.h"
#include "graph/graphview.h"

namespace tiescope {

class Dataset;
class TieGraph;

// The open database as the window sees it: dataset, graph, the active filter and the view
// it yields. It adapts the Qt-free core to Qt signals; the core never knows about it.
class GraphDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphDocument)

public:
    explicit GraphDocument(QObject *parent = nullptr);
    ~GraphDocument() override;

    // Takes over a dataset and the graph built on it, read from the store at `path` (which
    // DocumentLoader does off the UI thread): aboutToReplace, then opened. The filter resets.
    void replace(const QString &path, std::unique_ptr<Dataset> dataset, std::unique_ptr<TieGraph> graph);

    [[nodiscard]] bool isOpen() const { return m_graph != nullptr; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const Dataset &dataset() const { return *m_dataset; }
    [[nodiscard]] const TieGraph &graph() const { return *m_graph; }
    [[nodiscard]] const FilterSpec &filter() const { return m_filter; }
    [[nodiscard]] const GraphView &view() const { return *m_view; }

    void setFilter(const FilterSpec &spec);
    // Ties each domain would show under the active filter (for the domain toggles).
    [[nodiscard]] std::vector<std::size_t> countByDomain() const;

signals:
    void aboutToReplace(); // the dataset is about to go: drop every reference into it
    void opened();
    void filterChanged();

private:
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<TieGraph> m_graph;
    std::optional<GraphView> m_view;
    FilterSpec m_filter;
    QString m_path;
};

} // namespace tiescope
