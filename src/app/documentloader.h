// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "app/taskrunner.h"

namespace tiescope {

class Dataset;
class GraphDocument;
class TieGraph;

// Opens a store into the document without freezing the window: reading the store and building
// the graph run on a worker thread with progress and cancel (a TaskRunner, as layouts do).
// The document keeps its data until the new data is complete; then it is swapped in on the UI
// thread. Opening another store while one loads cancels the first.
class DocumentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentLoader)

public:
    explicit DocumentLoader(GraphDocument &document, QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Starts loading; each start ends in exactly one of loaded, failed or cancelled.
    void load(const QString &path);
    void cancel();
    // From load() until its outcome has been reported.
    [[nodiscard]] bool isLoading() const { return m_runner.isRunning(); }
    // The store being loaded (absolute), or the last one loaded.
    [[nodiscard]] const QString &path() const { return m_path; }

signals:
    void started(const QString &path);
    void progressed(int percent);
    // The data is complete and the window takes it over now, on the UI thread: for a big
    // store the picture takes a moment to build, and the status bar should say so first.
    void replacing(const QString &path);
    void loaded(const QString &path);                     // the document holds the new data
    void failed(const QString &path, const QString &why); // why names the file
    void cancelled(const QString &path);                  // the document kept its data

private:
    struct Outcome
    {
        std::unique_ptr<Dataset> dataset;
        std::unique_ptr<TieGraph> graph;
    };

    static Outcome work(const QString &path, TaskControl &task);
    void replace(Outcome outcome);

    GraphDocument &m_document;
    // A load cancelled by a newer one may still be winding down; the runner lets it, and
    // waits for it only when the loader goes.
    TaskRunner m_runner;
    QString m_path;
    QString m_next; // asked for by load(); becomes m_path once a running load is reported
};

} // namespace tiescope
