#include "ui/testusertablemodel.h"

#include "domain/clock.h"
#include "services/testuserservice.h"
#include "ui/displaytime.h"

#include <QColor>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace authdesk {

TestUserTableModel::TestUserTableModel(TestUserService &users, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(users)
    , m_clock(clock)
{ }

int TestUserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int TestUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TestUserTableModel::stateText(const TestUser &user) const
{
    switch (user.state(m_clock.now())) {
    case TestUser::State::Active:
        return tr("Active");
    case TestUser::State::Banned:
        return tr("Banned");
    case TestUser::State::Locked:
        return tr("Locked until %1").arg(displayTime(user.lockedUntil));
    }
    Q_UNREACHABLE();
}

QVariant TestUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TestUser &user = m_users.at(index.row());
    if (role == IdRole)
        return user.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Email:
            return user.email;
        case DisplayName:
            return user.displayName;
        case State:
            return stateText(user);
        case Created:
            return displayTime(user.createdAt);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && user.state(m_clock.now()) != TestUser::State::Active) {
        return QColor(Qt::darkRed);
    }
    return {};
}

QVariant TestUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail");
    case DisplayName:
        return tr("Display name");
    case State:
        return tr("State");
    case Created:
        return tr("Created");
    }
    return {};
}

bool TestUserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void TestUserTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_fetchQueued)
        return;
    // The chunk arrives on the next turn of the event loop, not inside this call: views (and the
    // model tester) ask for more while they are still handling another change of this model, and
    // one change must not begin inside another.
    m_fetchQueued = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            fetchChunk();
    });
}

void TestUserTableModel::fetchChunk()
{
    m_fetchQueued = false;
    if (!canFetchMore({}))
        return;
    // After the last e-mail loaded, not at an offset: as fast deep in 100,000 users as at the top.
    const Result<QList<TestUser>> chunk = m_service.searchAfter(m_searchText, ChunkSize, m_users.constLast().email);
    if (!chunk) {
        // Stop offering more rows, or a view would ask again at once and fail in a loop.
        m_hasMore = false;
        emit loadFailed(chunk.error());
        return;
    }
    m_hasMore = chunk->size() == ChunkSize;
    if (chunk->isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(chunk->size()) - 1);
    m_users.append(*chunk);
    endInsertRows();
}

void TestUserTableModel::setSearchText(const QString &text)
{
    m_searchText = text;
    reload();
}

void TestUserTableModel::reload()
{
    // The first chunk and the count in one reset, so a view sees one change, not two. A first chunk
    // that is not full is the whole answer; otherwise counting stops after CountLimit, since a search
    // that matches that many is counted no faster than by reading every user.
    std::optional<Error> failure;
    // A chunk still queued belongs to the old search.
    ++m_generation;
    m_fetchQueued = false;
    beginResetModel();
    m_users.clear();
    m_total = 0;
    m_totalIsLowerBound = false;
    m_hasMore = false;
    if (const Result<QList<TestUser>> first = m_service.search(m_searchText, ChunkSize, 0); !first) {
        failure = first.error();
    } else {
        m_users = *first;
        m_hasMore = m_users.size() == ChunkSize;
        if (m_hasMore) {
            if (const Result<int> total = m_service.count(m_searchText, CountLimit + 1); !total) {
                failure = total.error();
            } else {
                m_total = std::min(*total, CountLimit);
                m_totalIsLowerBound = *total > CountLimit;
            }
        }
    }
    endResetModel();
    if (failure)
        emit loadFailed(*failure);
}

int TestUserTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

void TestUserTableModel::replace(const TestUser &user)
{
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    m_users[row] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TestUserTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_users.removeAt(row);
    endRemoveRows();
    if (m_total > 0)
        --m_total;
}

} // namespace authdesk
