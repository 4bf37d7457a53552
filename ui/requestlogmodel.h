#pragma once

#include "services/tokendecision.h"

#include <QAbstractTableModel>
#include <deque>

namespace authdesk {

// The token endpoint's decisions, newest first, bounded so that a busy server cannot grow the
// console without limit. While paused it shows nothing new and counts what it did not show.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Endpoint, Client, Grant, Status, Reason, ColumnCount };
    static constexpr int DefaultCapacity = 5000;

    explicit RequestLogModel(int capacity = DefaultCapacity, QObject *parent = nullptr);

    // Replaces everything with these decisions (oldest first, as RequestLog::snapshot() gives them).
    void setDecisions(const QList<TokenDecision> &oldestFirst);
    // A new decision: shown at the top, or counted as missed while paused.
    void append(const TokenDecision &decision);
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Decisions that arrived while paused since the last resume.
    int missed() const { return m_missed; }
    int capacity() const { return m_capacity; }

    const TokenDecision &decision(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    static QString statusText(const TokenDecision &decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void missedChanged(int missed);

private:
    static TokenDecision sanitized(TokenDecision decision);

    std::deque<TokenDecision> m_rows; // newest first
    int m_capacity;
    bool m_paused = false;
    int m_missed = 0;
};

} // namespace authdesk
