#pragma once

#include "domain/tokenfamily.h"
#include "services/sessionservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace authdesk {

class ServiceHub;

// Every refresh-token family that matches a filter, loaded lazily in chunks: the view asks for more
// rows as it scrolls, so a million families cost no more than the few hundred on screen.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column { User, Application, Scope, Created, LastUsed, Expires, State, ColumnCount };
    static constexpr int ChunkSize = 200;

    explicit SessionTableModel(ServiceHub &services, QObject *parent = nullptr);

    // Reloads from the first row with this filter (its `now` is set here, so every page agrees).
    void setFilter(const FamilyFilter &filter);
    const FamilyFilter &filter() const { return m_filter; }
    // Reloads with the current filter; names of users and applications are looked up again.
    void refresh();
    // Forgets the cached user e-mails and application names (they may have changed).
    void reloadNames();

    // How many families match the filter, loaded or not.
    int totalCount() const { return m_total; }
    const TokenFamily &family(int row) const { return m_rows.at(row); }
    QString userEmail(const QString &userId) const;
    QString applicationName(const QString &clientId) const;
    QString stateText(const TokenFamily &family) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // The next chunk, or an empty list at the end; emits loadFailed on an error.
    QList<TokenFamily> nextChunk();

signals:
    // The database could not be read; the page tells the operator.
    void loadFailed(const QString &message);

private:
    ServiceHub &m_services;
    FamilyFilter m_filter;
    QList<TokenFamily> m_rows;
    int m_total = 0;
    bool m_changing = false; // while a reset or an insertion is being announced; see fetchMore()
    QHash<QString, QString> m_applicationNames;
    // Looked up on first display; mutable because data() is const and the cache only saves queries.
    mutable QHash<QString, QString> m_userEmails;
};

} // namespace authdesk
