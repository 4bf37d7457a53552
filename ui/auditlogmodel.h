#pragma once

#include "domain/auditevent.h"
#include "services/auditlog.h"

#include <QAbstractTableModel>

namespace authdesk {

// The audit trail, newest first, loaded lazily in chunks; events recorded while it is shown appear
// at the top when they match the filter.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Time, Kind, Actor, Action, Target, Reason, ColumnCount };
    static constexpr int ChunkSize = 200;

    explicit AuditLogModel(AuditLog &audit, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }
    // A newly recorded event; shown when it matches the filter.
    void addRecorded(const AuditEvent &event);

    int totalCount() const { return m_total; }
    const AuditEvent &event(int row) const { return m_rows.at(row); }
    static QString kindText(AuditEvent::Kind kind);
    static bool matches(const AuditFilter &filter, const AuditEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // The next chunk, or an empty list at the end; emits loadFailed on an error.
    QList<AuditEvent> nextChunk();

signals:
    void loadFailed(const QString &message);

private:
    AuditLog &m_audit;
    AuditFilter m_filter;
    QList<AuditEvent> m_rows;
    int m_total = 0;
    bool m_changing = false; // while a reset or an insertion is being announced; see fetchMore()
};

} // namespace authdesk
