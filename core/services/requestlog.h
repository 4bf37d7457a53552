#pragma once

#include "services/tokendecision.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <deque>

namespace authdesk {

// The live log of token-endpoint decisions: a bounded in-memory ring that the server appends to
// from its own threads, and a signal the console receives queued. Appending never waits for the GUI.
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    static constexpr qsizetype DefaultCapacity = 5000;

    explicit RequestLog(qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);

    // Thread-safe.
    void record(const TokenDecision &decision);
    // Oldest first. Thread-safe.
    QList<TokenDecision> snapshot() const;
    void clear();
    // Replaces the value of every secret-bearing parameter by "[redacted]".
    static QList<QPair<QString, QString>> redact(const QList<QPair<QString, QString>> &parameters);

signals:
    void recorded(const authdesk::TokenDecision &decision);

private:
    mutable QMutex m_mutex;
    std::deque<TokenDecision> m_entries;
    qsizetype m_capacity;
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::TokenDecision)
