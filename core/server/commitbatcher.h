#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace authdesk {

class GroupCommit;

// Group commit for the token grants that write (refresh rotations, integration tokens). A grant's
// answer may leave only once its writes are on disk, and on SQLite each commit costs a sync. The
// network threads hand these grants to one writer thread, which runs everything that queued up
// while its previous commit was syncing in one transaction, then answers them all: N grants share
// one sync. Grants run one after another, so two rotations of one token in a batch see each other.
class CommitBatcher
{
    Q_DISABLE_COPY_MOVE(CommitBatcher)

public:
    // What a grant leaves for its caller, of the caller's type (e.g. the decision, which the network
    // thread then signs, logs and encodes: the one writer thread does only what must be serial).
    using Response = std::shared_ptr<void>;
    // Decides the grant; runs on the writer thread inside the batch's transaction. Null: no answer.
    using Grant = std::function<Response()>;
    // The answer instead, when the batch could not be committed (nothing it wrote was kept).
    using Unsaved = std::function<Response()>;
    // Receives the answer on the writer thread, after the commit; it must post it to its own thread.
    // Null for a grant dropped because its client had gone.
    using Deliver = std::function<void(Response)>;

    // True when the client that asked for the grant has gone; checked on the writer thread.
    using Abandoned = std::function<bool()>;

    static constexpr int DefaultMaxQueued = 1024;

    CommitBatcher(GroupCommit &groupCommit, int maxBatch, int maxQueued = DefaultMaxQueued);
    ~CommitBatcher();

    // Queues a grant; false once shut down or while maxQueued grants wait (the caller then completes
    // it itself, on its own thread: that slows the network thread, which is the back-pressure that
    // keeps the queue bounded). A grant whose client is gone by its turn is dropped unrun and
    // unanswered: nothing was promised to anyone, and the writer does no work for nobody.
    bool submit(Grant grant, Unsaved unsaved, Deliver deliver, Abandoned abandoned = {});
    // Grants waiting now. Thread-safe.
    int queued();
    // Takes no more grants, runs and answers those queued, and stops the writer thread.
    void shutDown();

private:
    struct Pending
    {
        Grant grant;
        Unsaved unsaved;
        Deliver deliver;
        Abandoned abandoned;
        Response response;
    };

    void writeBatches();

    GroupCommit &m_groupCommit;
    const int m_maxBatch;
    const int m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_closed = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace authdesk
