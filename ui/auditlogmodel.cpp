#include "ui/auditlogmodel.h"

#include "ui/displaytime.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>
#include <algorithm>

namespace authdesk {

AuditLogModel::AuditLogModel(AuditLog &audit, QObject *parent)
    : PagedTableModel(parent)
    , m_audit(audit)
{ }

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

bool AuditLogModel::matches(const AuditFilter &filter, const AuditEvent &event)
{
    if (filter.kind && *filter.kind != event.kind)
        return false;
    if (filter.from.isValid() && event.at < filter.from)
        return false;
    if (filter.to.isValid() && event.at > filter.to)
        return false;
    if (filter.text.isEmpty())
        return true;
    for (const QString *field : { &event.actor, &event.action, &event.target, &event.reason }) {
        if (field->contains(filter.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AuditLogModel::addRecorded(const AuditEvent &event)
{
    if (!matches(m_filter, event))
        return;
    // The signal arrives queued, so a reload that ran in between may already hold the event. The
    // signal's copy has no id yet, hence the comparison of the fields.
    const auto sameEvent = [&event](const AuditEvent &shown) {
        return shown.at == event.at && shown.kind == event.kind && shown.actor == event.actor
            && shown.action == event.action && shown.target == event.target && shown.reason == event.reason;
    };
    if (std::any_of(rows().cbegin(), rows().cbegin() + qMin<qsizetype>(rows().size(), ChunkSize), sameEvent))
        return;
    // The event is already stored and listings are newest first, so it is row 0 there too and the
    // offsets of later chunks stay right.
    prependRow(event);
}

QString AuditLogModel::kindText(AuditEvent::Kind kind)
{
    return kind == AuditEvent::Kind::SecurityEvent ? tr("Security event") : tr("Admin action");
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = rows().at(index.row());
    const bool security = event.kind == AuditEvent::Kind::SecurityEvent;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return role == Qt::ToolTipRole ? event.at.toUTC().toString(Qt::ISODateWithMs) : displayTime(event.at);
        case Kind:
            return kindText(event.kind);
        case Actor:
            return event.actor;
        case Action:
            return event.action;
        case Target:
            // Words such as "3 test users" in the console's language; IDs and e-mails as they are.
            return event.shownTarget();
        case Reason:
            // Translated for this console where the event carries a key; the stored English otherwise.
            return event.shownReason();
        }
        break;
    case Qt::ForegroundRole:
        if (security && index.column() == Kind)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case Qt::DecorationRole:
        if (security && index.column() == Kind)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

Result<QList<AuditEvent>> AuditLogModel::loadChunk(const AuditEvent * /*last*/, int loaded, int limit)
{
    return m_audit.list(m_filter, limit, loaded);
}

Result<int> AuditLogModel::countRows(int atMost)
{
    const Result<int> counted = m_audit.count(m_filter);
    if (!counted)
        return counted;
    return std::min(*counted, atMost);
}

void AuditLogModel::reportFailure(const Error &error)
{
    emit loadFailed(error.message());
}

} // namespace authdesk
