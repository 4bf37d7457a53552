#pragma once

#include "domain/auditevent.h"
#include "services/auditlog.h"
#include "ui/pagedtablemodel.h"

namespace authdesk {

// The audit trail, newest first, loaded lazily in chunks; events recorded while it is shown appear
// at the top when they match the filter.
class AuditLogModel final : public PagedTableModel<AuditEvent>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Time, Kind, Actor, Action, Target, Reason, ColumnCount };

    explicit AuditLogModel(AuditLog &audit, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    void refresh() { reload(); }
    // A newly recorded event; shown when it matches the filter.
    void addRecorded(const AuditEvent &event);

    const AuditEvent &event(int row) const { return rows().at(row); }
    static QString kindText(AuditEvent::Kind kind);
    static bool matches(const AuditFilter &filter, const AuditEvent &event);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    AuditLog &m_audit;
    // By offset: the audit log pages that way, and events arrive only at the top, which
    // addRecorded() mirrors, so offsets stay right.
    Result<QList<AuditEvent>> loadChunk(const AuditEvent *last, int loaded, int limit) override;
    Result<int> countRows(int atMost) override;
    void reportFailure(const Error &error) override;

    AuditFilter m_filter;
};

} // namespace authdesk
