// SPDX-License-Identifier: MIT
#include "app/taskrunner.h"

#include <algorithm>
#include <exception>

#include <QFuture>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "analytics/analysiscancelled.h"
#include "store/loadcancelled.h"

namespace tiescope {

struct TaskRunner::Task
{
    enum class End
    {
        Finished,
        Cancelled,
        Failed
    };

    explicit Task(std::function<void()> advanced) : control(std::move(advanced)) {}

    TaskControl control;
    std::function<void(TaskControl &)> work; // taken by the worker
    std::function<void()> deliver;           // the UI thread's
    QFuture<void> future;
    // Written by the worker before it posts its completion, read on the UI thread after.
    End end = End::Cancelled;
    QString error;
};

TaskRunner::TaskRunner(QObject *parent) : QObject(parent)
{}

TaskRunner::~TaskRunner()
{
    cancelAndWaitForAll();
}

void TaskRunner::launch(std::function<void(TaskControl &)> work, std::function<void()> deliver)
{
    // A loop, because a slot of cancelled() may itself start a task that this one replaces.
    while (m_current) {
        // The old work notices its flag on its own thread: the window does not wait for it.
        std::exchange(m_current, nullptr)->control.cancel();
        emit cancelled();
    }
    forgetFinished();

    auto task =
        std::make_shared<Task>([this] { QMetaObject::invokeMethod(this, &TaskRunner::advance, Qt::QueuedConnection); });
    task->work = std::move(work);
    task->deliver = std::move(deliver);
    m_current = task;
    m_tasks.push_back(task);
    m_percent = 0;
    // Progress and completion are posted to this thread, so they come after these signals.
    task->future = QtConcurrent::run([this, task] {
        execute(*task);
        QMetaObject::invokeMethod(
            this, [this, task] { complete(task); }, Qt::QueuedConnection);
    });
    emit started();
    emit progressed(0);
}

void TaskRunner::execute(Task &task)
{
    // What the work captured (copies of the view, say) goes when it returns, or now if the
    // task was cancelled before a thread was free (or is run by a waiting stop()).
    const std::function<void(TaskControl &)> work = std::exchange(task.work, nullptr);
    if (task.control.isCancelled())
        return;
    try {
        work(task.control);
        task.end = Task::End::Finished;
    } catch (const LoadCancelled &) {
        task.end = Task::End::Cancelled;
    } catch (const AnalysisCancelled &) {
        task.end = Task::End::Cancelled;
    } catch (const std::exception &e) {
        task.end = Task::End::Failed;
        task.error = QString::fromStdString(e.what());
    } catch (...) {
        task.end = Task::End::Failed;
        task.error = tr("the task stopped with an unknown error");
    }
}

void TaskRunner::advance()
{
    if (!m_current)
        return;
    // 100 says that the task succeeded: it is reported with the result.
    const int percent = std::min(m_current->control.percent(), 99);
    if (percent > m_percent) {
        m_percent = percent;
        emit progressed(percent);
    }
}

void TaskRunner::complete(const std::shared_ptr<Task> &task)
{
    if (task != m_current) {
        task->deliver = nullptr; // replaced or stopped, and reported then: its result goes
        return;
    }
    m_current.reset();
    forgetFinished();
    report(*task);
}

void TaskRunner::report(Task &task)
{
    const std::function<void()> deliver = std::exchange(task.deliver, nullptr);
    // A raised flag wins: the person asked to stop, whatever the work made of it.
    if (task.control.isCancelled() || task.end == Task::End::Cancelled) {
        emit cancelled();
    } else if (task.end == Task::End::Failed) {
        emit failed(task.error);
    } else {
        m_percent = 100;
        emit progressed(100);
        deliver();
        emit finished();
    }
}

void TaskRunner::cancel()
{
    if (m_current)
        m_current->control.cancel();
}

void TaskRunner::stop()
{
    cancelAndWaitForAll();
    if (m_current) {
        m_current.reset(); // its flag is raised: it ends as cancelled
        emit cancelled();
    }
}

void TaskRunner::cancelAndWaitForAll()
{
    for (const std::shared_ptr<Task> &task : m_tasks)
        task->control.cancel();
    for (const std::shared_ptr<Task> &task : m_tasks)
        task->future.waitForFinished();
    m_tasks.clear();
}

void TaskRunner::forgetFinished()
{
    std::erase_if(m_tasks,
                  [this](const std::shared_ptr<Task> &task) { return task != m_current && task->future.isFinished(); });
}

} // namespace tiescope
