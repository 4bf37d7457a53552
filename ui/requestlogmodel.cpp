#include "ui/requestlogmodel.h"

#include "services/requestlog.h"
#include "ui/displaytime.h"

#include <QApplication>
#include <QBrush>

namespace authdesk {

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

TokenDecision RequestLogModel::sanitized(TokenDecision decision)
{
    // The server redacts already; redacting again costs little and keeps a secret off the screen
    // even if a new code path forgets to.
    decision.parameters = RequestLog::redact(decision.parameters);
    return decision;
}

void RequestLogModel::setDecisions(const QList<TokenDecision> &oldestFirst)
{
    beginResetModel();
    m_rows.clear();
    const qsizetype first = qMax<qsizetype>(0, oldestFirst.size() - m_capacity);
    for (qsizetype i = oldestFirst.size() - 1; i >= first; --i)
        m_rows.push_back(sanitized(oldestFirst.at(i)));
    endResetModel();
}

void RequestLogModel::append(const TokenDecision &decision)
{
    appendBatch({ decision });
}

void RequestLogModel::appendBatch(const QList<TokenDecision> &oldestFirst, quint64 dropped)
{
    if (dropped > 0)
        m_dropped += static_cast<qint64>(dropped);
    if (m_paused) {
        m_missed += static_cast<int>(oldestFirst.size() + static_cast<qint64>(dropped));
        emit missedChanged(m_missed);
        return;
    }
    if (oldestFirst.isEmpty()) {
        if (dropped > 0)
            emit missedChanged(m_missed); // the summary tells of the drop
        return;
    }
    // Only the newest that fit; then make room at the bottom, then insert at the top in one go.
    const qsizetype shown = qMin<qsizetype>(oldestFirst.size(), m_capacity);
    const qsizetype overflow = static_cast<qsizetype>(m_rows.size()) + shown - m_capacity;
    if (overflow > 0) {
        const int last = static_cast<int>(m_rows.size()) - 1;
        beginRemoveRows({}, static_cast<int>(last - overflow + 1), last);
        m_rows.erase(m_rows.end() - static_cast<std::ptrdiff_t>(overflow), m_rows.end());
        endRemoveRows();
    }
    beginInsertRows({}, 0, static_cast<int>(shown - 1));
    for (qsizetype i = oldestFirst.size() - shown; i < oldestFirst.size(); ++i)
        m_rows.push_front(sanitized(oldestFirst.at(i)));
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_dropped = 0;
    if (std::exchange(m_missed, 0) != 0)
        emit missedChanged(0);
}

void RequestLogModel::setApplicationNames(const QHash<QString, QString> &names)
{
    if (names == m_applicationNames)
        return;
    m_applicationNames = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, Client), index(rowCount() - 1, Client), { Qt::DisplayRole });
}

void RequestLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // The count is of what the current pause hid; a new pause starts from zero.
    if (paused && std::exchange(m_missed, 0) != 0)
        emit missedChanged(0);
}

QString RequestLogModel::statusText(const TokenDecision &decision)
{
    // A fault rule's answer (the test kit) says so, and a dropped connection has no status.
    if (decision.injected && decision.status == 0)
        return tr("dropped (injected)");
    const QString status = decision.error.isEmpty() ? QString::number(decision.status)
                                                    : QStringLiteral("%1 %2").arg(decision.status).arg(decision.error);
    return decision.injected ? tr("%1 (injected)").arg(status) : status;
}

QString RequestLogModel::endpointName(const TokenDecision &decision)
{
    // The token endpoint names its entries; the routes in front of it (CORS, the limits, the API
    // stand-ins) log the path, which is named here the same way: from the route's root, under any
    // marketplace prefix.
    if (!decision.endpoint.isEmpty() && !decision.endpoint.startsWith(QLatin1Char('/')))
        return decision.endpoint;
    const QString path = decision.path.isEmpty() ? decision.endpoint : decision.path;
    for (const QLatin1String root : { QLatin1String("/v1/auth/"), QLatin1String("/v1/"), QLatin1String("/api/") }) {
        if (const qsizetype at = path.indexOf(root); at >= 0 && at + root.size() < path.size())
            return path.mid(at + root.size());
    }
    return path.startsWith(QLatin1Char('/')) && path.size() > 1 ? path.mid(1) : path;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenDecision &decision = m_rows.at(static_cast<size_t>(index.row()));

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return displayTime(decision.at);
        case Endpoint:
            return endpointName(decision);
        case Client:
            return m_applicationNames.value(decision.clientId, decision.clientId);
        case Grant:
            return decision.grantType;
        case Status:
            return statusText(decision);
        case Reason:
            return decision.reason.translated();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Endpoint:
            return decision.path.isEmpty() ? endpointName(decision) : decision.path;
        case Time:
            return decision.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Client:
            return decision.usedBasicAuth ? tr("%1 (HTTP Basic authentication)").arg(decision.clientId)
                                          : decision.clientId;
        case Reason:
            return decision.reason.translated();
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && decision.status >= 400)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Status)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Endpoint:
        return tr("Endpoint");
    case Client:
        return tr("Client");
    case Grant:
        return tr("Grant");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace authdesk
