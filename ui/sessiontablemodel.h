#pragma once

#include "domain/tokenfamily.h"
#include "services/sessionservice.h"
#include "ui/pagedtablemodel.h"

#include <QHash>

namespace authdesk {

class ApplicationService;
class Clock;
class TestUserService;

// Every refresh-token family that matches a filter, loaded lazily in chunks: the view asks for more
// rows as it scrolls, so a million families cost no more than the few hundred on screen. Each chunk
// starts after the last family loaded (keyset), so deep chunks cost what the first does.
class SessionTableModel final : public PagedTableModel<TokenFamily>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column { User, Application, Scope, Created, LastUsed, Expires, State, LoginFrom, RefreshFrom, ColumnCount };

    // Sessions from sessions; user e-mails and application names from users and applications.
    SessionTableModel(SessionService &sessions, ApplicationService &applications, TestUserService &users,
        const Clock &clock, QObject *parent = nullptr);

    // Reloads from the first row with this filter (its `now` is set here, so every page agrees).
    void setFilter(const FamilyFilter &filter);
    const FamilyFilter &filter() const { return m_filter; }
    // Reloads with the current filter; names of users and applications are looked up again.
    void refresh();
    // Forgets the cached user e-mails and application names (they may have changed).
    void reloadNames();

    const TokenFamily &family(int row) const { return rows().at(row); }
    QString userEmail(const QString &userId) const;
    QString applicationName(const QString &clientId) const;
    // "Revoked by alice: lost phone": the whole story, in the State column's tooltip.
    QString stateText(const TokenFamily &family) const;
    // "Revoked": the state in a word, in the State column.
    QString stateName(const TokenFamily &family) const;
    // "address · user agent", for the Login from and Last refresh from columns; empty: not known.
    static QString clientText(const QString &address, const QString &userAgent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The database could not be read; the page tells the operator.
    void loadFailed(const QString &message);

private:
    SessionService &m_sessions;
    ApplicationService &m_applications;
    TestUserService &m_users;
    const Clock &m_clock;
    Result<QList<TokenFamily>> loadChunk(const TokenFamily *last, int loaded, int limit) override;
    Result<int> countRows(int atMost) override;
    void reportFailure(const Error &error) override;

    FamilyFilter m_filter;
    QHash<QString, QString> m_applicationNames;
    // Looked up on first display; mutable because data() is const and the cache only saves queries.
    mutable QHash<QString, QString> m_userEmails;
};

} // namespace authdesk
