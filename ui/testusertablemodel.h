#pragma once

#include "domain/error.h"
#include "domain/testuser.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>

namespace authdesk {

class Clock;
class TestUserService;

// The test users matching a search, loaded from TestUserService a chunk at a time as the view scrolls
// (canFetchMore/fetchMore), so a database of 100,000 users opens as fast as one of ten. The service
// filters and orders (by e-mail); a proxy could not, since most rows are not loaded. The first chunk
// comes with each reload; later ones arrive just after fetchMore returns.
class TestUserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestUserTableModel)

public:
    enum Column { Email, DisplayName, State, Created, ColumnCount };
    static constexpr int ChunkSize = 200;
    // Counting stops here; beyond it the page says "more than".
    static constexpr int CountLimit = 10000;
    // The row's user ID, whatever the column.
    static constexpr int IdRole = Qt::UserRole + 1;

    TestUserTableModel(TestUserService &users, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with the users whose e-mail or display name contains text (all when empty).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Loads the first chunk again, e.g. after users were created elsewhere.
    void reload();
    // How many users match the search, loaded or not; a lower bound when totalIsLowerBound().
    int totalCount() const { return std::max(m_total, static_cast<int>(m_users.size())); }
    // More than CountLimit users match, and the exact number was not counted.
    bool totalIsLowerBound() const { return m_totalIsLowerBound && m_hasMore; }

    const TestUser &user(int row) const { return m_users.at(row); }
    int rowOf(const QString &id) const;
    // Puts a changed user back in its row.
    void replace(const TestUser &user);
    void remove(const QString &id);

    QString stateText(const TestUser &user) const;

signals:
    // Loading failed; the table keeps what it had.
    void loadFailed(const authdesk::Error &error);

private:
    void fetchChunk();

    TestUserService &m_service;
    const Clock &m_clock;
    QString m_searchText;
    QList<TestUser> m_users;
    int m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_hasMore = false; // the last chunk was full
    bool m_fetchQueued = false;
    // Counts reloads, so a chunk queued before one is dropped.
    int m_generation = 0;
};

} // namespace authdesk
