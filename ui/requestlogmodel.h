#pragma once

#include "services/tokendecision.h"

#include <QAbstractTableModel>
#include <QHash>
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
    // New decisions, oldest first, as RequestLogFollower reads them: shown at the top in one insertion,
    // or counted as missed while paused. dropped: how many the log lost before they could be read
    // (a server busier than the log holds between two reads); counted, see dropped().
    void appendBatch(const QList<TokenDecision> &oldestFirst, quint64 dropped = 0);
    void clear();

    // The applications' names by client ID: the Client column shows a known client by its name (its
    // client ID in the tooltip and the detail pane) and an unknown one by the ID it sent.
    void setApplicationNames(const QHash<QString, QString> &names);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Decisions that arrived while paused since the last resume.
    int missed() const { return m_missed; }
    // Decisions the log dropped before the list could show them, since the last clear.
    qint64 dropped() const { return m_dropped; }
    int capacity() const { return m_capacity; }

    const TokenDecision &decision(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    static QString statusText(const TokenDecision &decision);
    // The endpoint's short name, the same for every entry whichever part of the server logged it:
    // "token", "revoke", "authorize-as", "api/current_user/show", "health"... The path, with any
    // marketplace prefix, is in the detail pane.
    static QString endpointName(const TokenDecision &decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void missedChanged(int missed);

private:
    static TokenDecision sanitized(TokenDecision decision);

    std::deque<TokenDecision> m_rows; // newest first
    QHash<QString, QString> m_applicationNames;
    int m_capacity;
    bool m_paused = false;
    int m_missed = 0;
    qint64 m_dropped = 0;
};

} // namespace authdesk
