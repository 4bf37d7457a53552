#pragma once

#include "domain/application.h"

#include <QAbstractTableModel>
#include <QList>

namespace authdesk {

// The applications as a table, one row each. Holds plain domain values: the page loads them from
// ApplicationService and puts changed ones back, so the model never talks to storage.
class ApplicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationTableModel)

public:
    enum Column { Name, Type, ClientId, Created, LastUsed, Status, ColumnCount };
    // A value a proxy can sort by: dates as QDateTime, not as their localized text.
    static constexpr int SortRole = Qt::UserRole;
    // The row's client ID, whatever the column.
    static constexpr int ClientIdRole = Qt::UserRole + 1;

    explicit ApplicationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setApplications(const QList<Application> &applications);
    // Replaces the application with the same client ID, or appends it when it is new.
    void upsert(const Application &application);
    void remove(const QString &clientId);

    const Application &application(int row) const { return m_applications.at(row); }
    int rowOf(const QString &clientId) const;

    static QString typeText(ApplicationType type);

private:
    QList<Application> m_applications;
};

} // namespace authdesk
