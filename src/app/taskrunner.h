// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include <QObject>
#include <QString>

#include "app/taskcontrol.h"

namespace tiescope {

// Runs the window's long work (opening a store, a layout, an analysis) on Qt's thread pool,
// after Graphia's command manager: the work gets a TaskControl (the cancel flag and progress
// callback the core takes), and the UI thread hears about it through signals.
// - Progress: progressed(0) at start, then each new whole percent the work reaches (so at most
//   a hundred signals, never going back), and 100 only when the task succeeds.
// - Each start ends in exactly one of finished, cancelled or failed. The work's result goes to
//   the start's own callback, on the UI thread, just before finished. An exception thrown by
//   the work fails the task with its what(); the core's LoadCancelled and AnalysisCancelled,
//   or the work returning after its flag was raised, cancel it.
// - Newest wins: starting while a task runs raises that task's flag and reports it cancelled
//   at once, without waiting for it; its result is never reported. stop() and the destructor
//   wait for every task still running, so no work outlives the data it reads.
class TaskRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    template <typename Work>
    using ResultOf = std::invoke_result_t<Work &, TaskControl &>;

    explicit TaskRunner(QObject *parent = nullptr);
    // Cancels and waits for every task, and reports nothing: the owner is going away.
    ~TaskRunner() override;

    // Runs `work(TaskControl &)` on a pool thread; if it succeeds, its result is handed to
    // `onFinished` on the UI thread. Work must be copyable (it is kept in a std::function).
    template <typename Work>
    void start(Work work, std::function<void(ResultOf<Work>)> onFinished);
    // Raises the running task's flag; it is reported cancelled when its work returns.
    void cancel();
    // Cancels every task, waits for them and reports the running one cancelled; for the
    // moment before the data the work reads goes away.
    void stop();
    // From start() until the task's end is reported.
    [[nodiscard]] bool isRunning() const { return m_current != nullptr; }

signals:
    void started();
    void progressed(int percent);
    void finished();
    void cancelled();
    void failed(const QString &why);

private:
    struct Task;

    void launch(std::function<void(TaskControl &)> work, std::function<void()> deliver);
    static void execute(Task &task);
    void advance();
    void complete(const std::shared_ptr<Task> &task);
    void report(Task &task);
    void cancelAndWaitForAll();
    void forgetFinished();

    std::shared_ptr<Task> m_current;
    // Every task whose work may still be running, the current one included.
    std::vector<std::shared_ptr<Task>> m_tasks;
    int m_percent = 0; // the last percent reported for the current task
};

template <typename Work>
void TaskRunner::start(Work work, std::function<void(ResultOf<Work>)> onFinished)
{
    static_assert(!std::is_void_v<ResultOf<Work>>, "the work returns its result");
    // The result waits here between the work's return and its delivery on the UI thread.
    auto result = std::make_shared<std::optional<ResultOf<Work>>>();
    launch([work = std::move(work), result](TaskControl &control) mutable { result->emplace(work(control)); },
           [result, onFinished = std::move(onFinished)] { onFinished(std::move(**result)); });
}

} // namespace tiescope
