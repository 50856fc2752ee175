// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "edit/applyresult.h"
#include "edit/editdelta.h"
#include "filter/filterspec.h"
#include "graph/graphview.h"
#include "store/storedposition.h"

namespace tiescope {

class ChangeSet;
class Dataset;
class Store;
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

    // Editing. The document's file can be edited when it is a TieScope store the user may
    // write; the store is opened read-write (and upgraded if old) on the first edit.
    [[nodiscard]] bool isEditable() const;
    // Who edits, for the audit trail (the OS user unless set from preferences).
    void setAuthor(const QString &author) { m_author = author; }
    [[nodiscard]] const QString &author() const { return m_author; }
    // Validates and applies the change-set to the store in one transaction, then to the dataset,
    // graph and view in memory, and emits edited. With problems in the result (or when the file
    // cannot be written: one problem naming it), nothing changed anywhere.
    ApplyResult edit(const ChangeSet &changeSet);
    // Points the document at `path`, a copy of its store just written (Store::saveCopy): the
    // same rows, so the dataset, graph and views stay as they are and the next edit writes the
    // copy. Emits relocated.
    void relocate(const QString &path);

    // Seams for the safety helpers (StoreWatcher, LayoutKeeper); they do not touch edit().
    // PRAGMA data_version of the connection edit() opened, which changes only for commits of
    // other connections; none before the first edit or position save.
    [[nodiscard]] std::optional<long long> storeDataVersion() const;
    // That connection's file was deleted, moved or replaced (Store::hasMoved); false without one.
    [[nodiscard]] bool storeHasMoved() const;
    // Keeps the positions of a layout in the store (Store::savePositions), on the connection
    // edit() uses, opened read-write if needed. Empty when saved, else why not (naming the file).
    QString savePositions(const std::string &layout, const std::vector<StoredPosition> &positions);

signals:
    void aboutToReplace(); // the dataset is about to go: drop every reference into it
    void opened();
    void filterChanged();
    // edit() is about to change the dataset and graph in place (the store already has the
    // change): stop every worker that reads them.
    void aboutToEdit();
    // Around opening the store read-write, on the first edit() or savePositions(): StoreWatcher
    // polls its own connection before, and takes the new connection's data_version after.
    void storeAboutToOpen();
    void storeOpened();
    // After edit(): dataset, graph and view already hold the change; `result` is what the
    // store did (its inverse undoes it).
    void edited(const tiescope::EditDelta &delta, const tiescope::ApplyResult &result);
    void relocated(); // path() names another file with the same content

private:
    void openStore();

    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<TieGraph> m_graph;
    std::optional<GraphView> m_view;
    FilterSpec m_filter;
    QString m_path;
    QString m_author;
    std::unique_ptr<Store> m_store; // open read-write from the first edit on
};

} // namespace tiescope
