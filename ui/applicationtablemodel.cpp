#include "ui/applicationtablemodel.h"

#include "ui/displaytime.h"

#include <QColor>

namespace authdesk {

ApplicationTableModel::ApplicationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationTableModel::typeText(ApplicationType type)
{
    switch (type) {
    case ApplicationType::Marketplace:
        return tr("Marketplace");
    case ApplicationType::Integration:
        return tr("Integration");
    }
    Q_UNREACHABLE();
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application &application = m_applications.at(index.row());
    if (role == ClientIdRole)
        return application.clientId;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sorting = role == SortRole;
        switch (index.column()) {
        case Name:
            return sorting ? QVariant(application.name.toCaseFolded()) : QVariant(application.name);
        case Type:
            return typeText(application.type);
        case ClientId:
            return application.clientId;
        case Created:
            return sorting ? QVariant(application.createdAt) : QVariant(displayTime(application.createdAt));
        case LastUsed:
            if (sorting)
                return application.lastUsedAt;
            return application.lastUsedAt.isValid() ? displayTime(application.lastUsedAt) : tr("Never");
        case Status:
            return application.enabled ? tr("Enabled") : tr("Disabled");
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && !application.enabled)
        return QColor(Qt::darkRed);
    if (role == Qt::ToolTipRole && index.column() == Status && !application.enabled)
        return tr("Token requests with this client ID are refused.");
    return {};
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case ClientId:
        return tr("Client ID");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Status:
        return tr("Status");
    }
    return {};
}

void ApplicationTableModel::setApplications(const QList<Application> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

void ApplicationTableModel::upsert(const Application &application)
{
    const int row = rowOf(application.clientId);
    if (row < 0) {
        const int end = rowCount();
        beginInsertRows({}, end, end);
        m_applications.append(application);
        endInsertRows();
        return;
    }
    m_applications[row] = application;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ApplicationTableModel::remove(const QString &clientId)
{
    const int row = rowOf(clientId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_applications.removeAt(row);
    endRemoveRows();
}

int ApplicationTableModel::rowOf(const QString &clientId) const
{
    for (int row = 0; row < m_applications.size(); ++row) {
        if (m_applications.at(row).clientId == clientId)
            return row;
    }
    return -1;
}

} // namespace authdesk
