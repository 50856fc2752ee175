// SPDX-License-Identifier: MIT
// The background-task runner behind loading, layouts and analyses: progress that only rises,
// cancel, the newest request winning, failures, and waiting for work before its data goes.
// Work that must be caught in the middle blocks on a Gate (or on its cancel flag) until the
// test lets it go; nothing here waits on time.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <QCoreApplication>
#include <QFuture>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include "analytics/analysiscancelled.h"
#include "app/taskrunner.h"
#include "store/loadcancelled.h"

using namespace tiescope;

namespace {

// A door a task waits at until the test opens it.
class Gate final
{
public:
    void open()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

std::vector<int> percents(const QSignalSpy &spy)
{
    std::vector<int> out;
    for (const QList<QVariant> &signal : spy)
        out.push_back(signal.at(0).toInt());
    return out;
}

bool rising(const std::vector<int> &values)
{
    return std::is_sorted(values.begin(), values.end());
}

} // namespace

class TestTaskRunner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TaskRunner> m_runner;
    // Opened in cleanup, so that a failed check never leaves a task blocked.
    std::vector<std::shared_ptr<Gate>> m_gates;

    std::shared_ptr<Gate> gate() { return m_gates.emplace_back(std::make_shared<Gate>()); }

    // Keeps every thread of Qt's pool busy until `until` opens, so that tasks started
    // meanwhile wait in its queue.
    static bool occupyThePool(const std::shared_ptr<Gate> &until, std::vector<QFuture<void>> &blockers)
    {
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        auto blocking = std::make_shared<std::atomic<int>>(0);
        for (int i = 0; i < threads; ++i) {
            blockers.push_back(QtConcurrent::run([until, blocking] {
                ++*blocking;
                until->wait();
            }));
        }
        return QTest::qWaitFor([&] { return blocking->load() == threads; });
    }

private slots:
    void init() { m_runner = std::make_unique<TaskRunner>(); }

    void cleanup()
    {
        for (const std::shared_ptr<Gate> &g : m_gates)
            g->open();
        m_runner.reset();
        m_gates.clear();
    }

    void progressRisesThroughTheMiddleAndEndsFull()
    {
        QSignalSpy progress(m_runner.get(), &TaskRunner::progressed);
        QSignalSpy finished(m_runner.get(), &TaskRunner::finished);
        const auto half = gate();
        const auto threeQuarters = gate();
        int result = 0;
        m_runner->start(
            [half, threeQuarters](TaskControl &task) {
                task.setProgress(0.2);
                task.setProgress(0.1); // a stage that reports less is not shown as going back
                task.setProgress(0.5);
                half->wait();
                task.progress(0.5, 1.0)(0.5); // the second stage, half done
                threeQuarters->wait();
                task.setProgress(1.0);
                return 42;
            },
            [&result](int value) { result = value; });
        QVERIFY(m_runner->isRunning());
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(0).toInt(), 0);
        // Seen while the work is still running.
        QTRY_COMPARE(percents(progress).back(), 50);
        half->open();
        QTRY_COMPARE(percents(progress).back(), 75);
        QVERIFY(m_runner->isRunning());
        threeQuarters->open();
        QVERIFY(finished.wait());
        QCOMPARE(result, 42);
        QVERIFY(!m_runner->isRunning());
        const std::vector<int> seen = percents(progress);
        QVERIFY(rising(seen));
        QCOMPARE(seen.front(), 0);
        // 100 says "done", once: the work's own 100% is shown as 99 until its result is in.
        QCOMPARE(seen.back(), 100);
        QCOMPARE(std::count(seen.begin(), seen.end(), 100), 1);
        QCOMPARE(seen.at(seen.size() - 2), 99);
    }

    void cancelEndsCancelledWithoutAResult()
    {
        QSignalSpy progress(m_runner.get(), &TaskRunner::progressed);
        QSignalSpy finished(m_runner.get(), &TaskRunner::finished);
        QSignalSpy cancelled(m_runner.get(), &TaskRunner::cancelled);
        QSignalSpy failed(m_runner.get(), &TaskRunner::failed);
        std::atomic<bool> running{false};
        bool delivered = false;
        m_runner->start(
            [&running](TaskControl &task) {
                running = true;
                task.cancelFlag()->wait(false); // as the core polls it, but without spinning
                return 1;                       // the work came back normally: still cancelled
            },
            [&delivered](int) { delivered = true; });
        QTRY_VERIFY(running.load());
        m_runner->cancel();
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!delivered);
        QVERIFY(!m_runner->isRunning());
        QVERIFY(!percents(progress).empty());
        QVERIFY(percents(progress).back() < 100);
    }

    void theCoresCancellationsEndCancelled()
    {
        QSignalSpy cancelled(m_runner.get(), &TaskRunner::cancelled);
        QSignalSpy failed(m_runner.get(), &TaskRunner::failed);
        m_runner->start([](TaskControl &) -> int { throw LoadCancelled(); }, [](int) {});
        QVERIFY(cancelled.wait());
        m_runner->start([](TaskControl &) -> int { throw AnalysisCancelled(); }, [](int) {});
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.count(), 2);
        QCOMPARE(failed.count(), 0);
    }

    void anExceptionFailsTheTaskWithItsMessage()
    {
        QSignalSpy failed(m_runner.get(), &TaskRunner::failed);
        QSignalSpy finished(m_runner.get(), &TaskRunner::finished);
        QSignalSpy progress(m_runner.get(), &TaskRunner::progressed);
        bool delivered = false;
        m_runner->start(
            [](TaskControl &task) -> int {
                task.setProgress(0.3);
                throw std::runtime_error("store.db: not a TieScope store");
            },
            [&delivered](int) { delivered = true; });
        QVERIFY(failed.wait());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("store.db: not a TieScope store"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!delivered);
        QVERIFY(percents(progress).back() < 100);
        QVERIFY(!m_runner->isRunning());
    }

    void theNewestStartWins()
    {
        QSignalSpy finished(m_runner.get(), &TaskRunner::finished);
        QSignalSpy cancelled(m_runner.get(), &TaskRunner::cancelled);
        QSignalSpy progress(m_runner.get(), &TaskRunner::progressed);
        std::atomic<bool> aRunning{false};
        std::atomic<bool> aSawItsFlag{false};
        const auto aMayReturn = gate();
        std::vector<int> results;
        const auto keep = [&results](std::unique_ptr<int> value) { results.push_back(*value); };
        m_runner->start(
            [&aRunning, &aSawItsFlag, aMayReturn](TaskControl &task) {
                aRunning = true;
                task.cancelFlag()->wait(false);
                aSawItsFlag = task.isCancelled();
                task.setProgress(0.9); // too late: nobody shows A's progress any more
                aMayReturn->wait();
                return std::make_unique<int>(1);
            },
            keep);
        QTRY_VERIFY(aRunning.load());

        // B starts while A is still blocked: the start cancels A and does not wait for it.
        m_runner->start([](TaskControl &) { return std::make_unique<int>(2); }, keep);
        QCOMPARE(cancelled.count(), 1); // A, at once
        QVERIFY(m_runner->isRunning());
        QVERIFY(finished.wait());
        QCOMPARE(results, std::vector<int>{2});
        QTRY_VERIFY(aSawItsFlag.load());

        // A comes back late; its result is never reported.
        aMayReturn->open();
        m_runner->stop();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(results, std::vector<int>{2});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cancelled.count(), 1); // stop() had nothing running to report
        // A's start, B's start and B's end; A's 90% was never shown.
        QCOMPARE(percents(progress), (std::vector<int>{0, 0, 100}));
    }

    void stopWaitsForEveryTask()
    {
        QSignalSpy cancelled(m_runner.get(), &TaskRunner::cancelled);
        std::atomic<bool> firstRunning{false};
        std::atomic<bool> secondRunning{false};
        std::atomic<bool> secondStopped{false};
        std::atomic<int> returned{0};
        // The replaced task winds down only once the second is stopped, so only a stop() that
        // waits for replaced tasks too finds both returned.
        m_runner->start(
            [&](TaskControl &task) {
                firstRunning = true;
                task.cancelFlag()->wait(false);
                secondStopped.wait(false);
                ++returned;
                return 0;
            },
            [](int) {});
        QTRY_VERIFY(firstRunning.load());
        m_runner->start(
            [&](TaskControl &task) {
                secondRunning = true;
                task.cancelFlag()->wait(false);
                secondStopped = true;
                secondStopped.notify_all();
                ++returned;
                return 0;
            },
            [](int) {});
        QTRY_VERIFY(secondRunning.load());
        QCOMPARE(returned.load(), 0);
        m_runner->stop();
        QCOMPARE(returned.load(), 2);
        QVERIFY(!m_runner->isRunning());
        QCOMPARE(cancelled.count(), 2); // the replaced one, then the one stop() ended
        QCoreApplication::sendPostedEvents();
        QCOMPARE(cancelled.count(), 2);
    }

    void aTaskCancelledBeforeAThreadIsFreeIsNotRun()
    {
        const auto busy = gate();
        std::vector<QFuture<void>> blockers;
        QVERIFY(occupyThePool(busy, blockers));
        QSignalSpy cancelled(m_runner.get(), &TaskRunner::cancelled);
        std::atomic<bool> ran{false};
        m_runner->start(
            [&ran](TaskControl &) {
                ran = true;
                return 0;
            },
            [](int) {});
        m_runner->cancel();
        busy->open();
        QVERIFY(cancelled.wait());
        QVERIFY(!ran.load());
        for (QFuture<void> &blocker : blockers)
            blocker.waitForFinished();
    }

    void stopLeavesNoReplacedWorkToRunLater()
    {
        // Both tasks wait in the pool's queue; the first is replaced by the second. Once
        // stop() returns, neither may still hold the data it would read.
        const auto busy = gate();
        std::vector<QFuture<void>> blockers;
        QVERIFY(occupyThePool(busy, blockers));
        auto data = std::make_shared<int>(7);
        std::atomic<int> ran{0};
        const auto reads = [data, &ran](TaskControl &) {
            ++ran;
            return *data;
        };
        m_runner->start(reads, [](int) {});
        m_runner->start(reads, [](int) {});
        m_runner->stop();
        QCOMPARE(data.use_count(), 2L); // here and in `reads`
        busy->open();
        for (QFuture<void> &blocker : blockers)
            blocker.waitForFinished();
        QCOMPARE(ran.load(), 0);
    }

    void destroyingTheRunnerWaitsAndReportsNothing()
    {
        int reports = 0;
        std::atomic<bool> running{false};
        std::atomic<bool> returned{false};
        connect(m_runner.get(), &TaskRunner::cancelled, this, [&reports] { ++reports; });
        connect(m_runner.get(), &TaskRunner::finished, this, [&reports] { ++reports; });
        connect(m_runner.get(), &TaskRunner::failed, this, [&reports] { ++reports; });
        m_runner->start(
            [&running, &returned](TaskControl &task) {
                running = true;
                task.cancelFlag()->wait(false);
                returned = true;
                return 0;
            },
            [&reports](int) { ++reports; });
        QTRY_VERIFY(running.load());
        m_runner.reset();
        QVERIFY(returned.load());
        QCoreApplication::sendPostedEvents(); // its completion was dropped with the runner
        QCOMPARE(reports, 0);
    }
};

QTEST_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
