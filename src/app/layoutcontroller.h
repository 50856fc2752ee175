// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <QObject>
#include <QString>

#include "app/taskrunner.h"
#include "layout/point.h"

namespace tiescope {

class GraphDocument;
class ViewState;

// Runs a layout strategy off the UI thread on the visible graph, with progress and cancel.
// Pinned entities keep their place. The result comes back as a signal; the window decides
// how to apply it (through the undo stack).
class LayoutController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutController)

public:
    LayoutController(GraphDocument &document, const ViewState &state, QObject *parent = nullptr);
    ~LayoutController() override;

    // Starts a layout by registry name; a running one is cancelled first. False: unknown.
    // `fresh`: start from scratch instead of from the current picture (see LayoutRequest).
    bool run(const QString &name, std::uint64_t seed = 1, bool fresh = false);
    void cancel();
    // Cancels and blocks until the worker has stopped (before the data goes away).
    void stop();
    // From run() until its result has been reported (finished, cancelled or failed).
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }
    [[nodiscard]] const QString &current() const { return m_name; }

    [[nodiscard]] static QString label(const QString &name);

signals:
    void started(const QString &label);
    void progressed(int percent);
    // Positions before and after, one per entity.
    void finished(const QString &name, const std::vector<tiescope::Point> &before,
                  const std::vector<tiescope::Point> &after);
    void cancelled();
    void failed(const QString &why);

private:
    GraphDocument &m_document;
    const ViewState &m_state;
    TaskRunner m_runner;
    std::vector<Point> m_before;
    QString m_name;
    QString m_label;
};

} // namespace tiescope
