// SPDX-License-Identifier: MIT
#include "render/pooljobs.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

namespace tiescope {

void PoolJobs::runOnPool(const std::function<void()> &job)
{
    // Already on a pool thread (or the pool is busy, with a layout say): here, as before.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    if (!pool->contains(QThread::currentThread()) && pool->tryStart([&] {
            job();
            done.release();
        }))
        done.acquire();
    else
        job();
}

void PoolJobs::runBeside(const std::function<void()> &here, const std::function<void()> &there)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    const bool beside = !pool->contains(QThread::currentThread()) && pool->tryStart([&] {
        there();
        done.release();
    });
    here();
    if (beside)
        done.acquire();
    else
        there();
}

} // namespace tiescope
