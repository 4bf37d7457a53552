#include "ui/auditlogmodel.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace authdesk {

AuditLogModel::AuditLogModel(AuditLog &audit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
{ }

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_changing = true;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    const Result<int> total = m_audit.count(m_filter);
    if (total)
        m_total = *total;
    // The first chunk is part of the reset. No chunk may be fetched while views hear of a change: a
    // view (or QAbstractItemModelTester) that calls fetchMore() from its slots would otherwise insert
    // rows in the middle of another change, at an offset that is not yet true.
    if (total && m_total > 0)
        m_rows = nextChunk();
    endResetModel();
    m_changing = false;
    if (!total)
        emit loadFailed(total.error().message());
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
    if (std::any_of(m_rows.cbegin(), m_rows.cbegin() + qMin<qsizetype>(m_rows.size(), ChunkSize), sameEvent))
        return;
    // The event is already stored and listings are newest first, so it is row 0 there too and the
    // offsets of later chunks stay right.
    m_changing = true;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(event);
    ++m_total;
    endInsertRows();
    m_changing = false;
}

QString AuditLogModel::kindText(AuditEvent::Kind kind)
{
    return kind == AuditEvent::Kind::SecurityEvent ? tr("Security event") : tr("Admin action");
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_rows.at(index.row());
    const bool security = event.kind == AuditEvent::Kind::SecurityEvent;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return role == Qt::ToolTipRole ? event.at.toUTC().toString(Qt::ISODateWithMs)
                                           : QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case Kind:
            return kindText(event.kind);
        case Actor:
            return event.actor;
        case Action:
            return event.action;
        case Target:
            return event.target;
        case Reason:
            return event.reason;
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

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

QList<AuditEvent> AuditLogModel::nextChunk()
{
    Result<QList<AuditEvent>> chunk = m_audit.list(m_filter, ChunkSize, static_cast<int>(m_rows.size()));
    if (!chunk) {
        emit loadFailed(chunk.error().message());
        return {};
    }
    if (chunk->isEmpty()) {
        // Fewer than counted (some were deleted meanwhile): stop asking for more.
        m_total = static_cast<int>(m_rows.size());
    }
    return std::move(chunk).value();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    const QList<AuditEvent> chunk = nextChunk();
    if (chunk.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(chunk.size()) - 1);
    m_rows.append(chunk);
    endInsertRows();
    m_changing = false;
}

} // namespace authdesk
