#pragma once

#include "services/tokendecision.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <deque>
#include <functional>

namespace authdesk {

// The live log of token-endpoint decisions: a bounded in-memory ring that the server appends to from
// its own threads. Every entry gets the next sequence number; readers (the console's pages, the
// request log file of `authdesk serve`) ask on a timer for what came after the last number they saw
// (see RequestLogFollower), so a request costs the server one append under a mutex and no event for
// any other thread, however many readers there are and however busy the server is.
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    static constexpr qsizetype DefaultCapacity = 5000;
    // What the entries may hold in all (their text, counted as UTF-16); the oldest go first beyond it.
    static constexpr qsizetype DefaultMaxBytes = 8 * 1024 * 1024;
    // What one entry keeps of what a client sent: the first MaxParameters parameters, each name cut
    // to MaxNameChars and each value to a prefix (see bounded()). Enough to tell what was asked,
    // whatever was sent: an entry holds at most about 8 KiB of text.
    static constexpr qsizetype MaxParameters = 24;
    static constexpr qsizetype MaxNameChars = 40;
    static constexpr qsizetype MaxValueChars = 64; // known, non-secret parameters (client_id, scope, ...)
    static constexpr qsizetype MaxUnknownValueChars = 8; // parameters the endpoint does not know
    static constexpr qsizetype MaxFieldChars = 200; // client ID, grant type, error, reason, origin, ...
    static constexpr qsizetype MaxHeaders = 24;
    static constexpr qsizetype MaxBodyChars = 1024; // the answer's body

    explicit RequestLog(
        qsizetype capacity = DefaultCapacity, QObject *parent = nullptr, qsizetype maxBytes = DefaultMaxBytes);

    // What a reader gets: the entries from a sequence number on, oldest first.
    struct Batch
    {
        QList<TokenDecision> decisions;
        quint64 next = 0; // the sequence number to ask for next time
        quint64 missed = 0; // entries after the one asked for that the ring dropped before they were read
    };

    // Thread-safe.
    void record(const TokenDecision &decision);
    // Oldest first. Thread-safe.
    QList<TokenDecision> snapshot() const;
    // The entries numbered `sequence` and later that the ring still holds, at most `limit` of them
    // (all when negative). Thread-safe; cheap when there is nothing new.
    Batch after(quint64 sequence, qsizetype limit = -1) const;
    // The number the next entry will get. Thread-safe.
    quint64 nextSequence() const;
    // Called on the recording thread for each entry, after it is in the ring: for a cheap, thread-safe
    // note (the data change notifier's). Set before the server starts.
    void setObserver(std::function<void(const TokenDecision &)> observer);
    void clear();
    // Replaces the value of every secret-bearing parameter by "[redacted]".
    static QList<QPair<QString, QString>> redact(const QList<QPair<QString, QString>> &parameters);
    // Replaces the value of every header that may carry a credential (Authorization keeps its
    // scheme: "Bearer [redacted]"; Cookie; anything named like a token, secret, key or password).
    static QList<QPair<QString, QString>> redactHeaders(const QList<QPair<QString, QString>> &headers);
    // A JSON answer with the value of every secret-bearing member (tokens, secrets) replaced.
    static QString redactBody(const QString &body);
    // The decision as the log keeps it: secrets redacted, and every field cut to the bounds above
    // (a cut is marked with "…"); in the reason, each data argument (a value a client sent) is cut to
    // MaxFieldChars. record() applies it.
    static TokenDecision bounded(const TokenDecision &decision);
    // The text the entries hold now, in bytes (UTF-16). Thread-safe.
    qsizetype bytes() const;

private:
    mutable QMutex m_mutex;
    std::deque<TokenDecision> m_entries; // numbered m_nextSequence - size() onwards
    std::function<void(const TokenDecision &)> m_observer;
    quint64 m_nextSequence = 0;
    quint64 m_droppedBefore = 0; // every entry numbered below this that is gone went by overflow
    qsizetype m_capacity;
    qsizetype m_maxBytes;
    qsizetype m_bytes = 0;
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::TokenDecision)
