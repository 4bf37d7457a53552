#include "server/commitbatcher.h"

#include "services/groupcommit.h"

#include <QThread>
#include <vector>

namespace authdesk {

CommitBatcher::CommitBatcher(GroupCommit &groupCommit, int maxBatch, int maxQueued)
    : m_groupCommit(groupCommit)
    , m_maxBatch(qMax(1, maxBatch))
    , m_maxQueued(qMax(1, maxQueued))
{
    // A QThread, not std::thread: the database closes a thread's connection when its QThread finishes.
    m_thread.reset(QThread::create([this] { writeBatches(); }));
    m_thread->setObjectName(QStringLiteral("CommitBatcher"));
    m_thread->start();
}

CommitBatcher::~CommitBatcher()
{
    shutDown();
}

bool CommitBatcher::submit(Grant grant, Unsaved unsaved, Deliver deliver, Abandoned abandoned)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed || static_cast<int>(m_queue.size()) >= m_maxQueued)
            return false;
        m_queue.push_back({ std::move(grant), std::move(unsaved), std::move(deliver), std::move(abandoned), {} });
    }
    m_wake.notify_one();
    return true;
}

int CommitBatcher::queued()
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_queue.size());
}

void CommitBatcher::shutDown()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_one();
    if (m_thread && m_thread->isRunning())
        m_thread->wait();
}

void CommitBatcher::writeBatches()
{
    for (;;) {
        std::vector<Pending> batch;
        std::vector<Pending> dropped;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closed || !m_queue.empty(); });
            if (m_queue.empty())
                return; // closed, and every queued grant was answered
            while (!m_queue.empty() && static_cast<int>(batch.size()) < m_maxBatch) {
                Pending pending = std::move(m_queue.front());
                m_queue.pop_front();
                if (pending.abandoned && pending.abandoned())
                    dropped.push_back(std::move(pending));
                else
                    batch.push_back(std::move(pending));
            }
        }
        for (Pending &pending : dropped)
            pending.deliver(nullptr); // no answer: lets the caller release what it holds
        if (batch.empty())
            continue;
        const bool committed = m_groupCommit
                                   .runTogether([&batch] {
                                       for (Pending &pending : batch)
                                           pending.response = pending.grant();
                                   })
                                   .ok();
        for (Pending &pending : batch)
            pending.deliver(committed && pending.response ? pending.response : pending.unsaved());
    }
}

} // namespace authdesk
