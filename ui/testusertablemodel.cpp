#include "ui/testusertablemodel.h"

#include "domain/clock.h"
#include "services/testuserservice.h"

#include <QColor>
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace authdesk {

namespace {

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

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
        return tr("Locked until %1").arg(dateText(user.lockedUntil));
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
            return dateText(user.createdAt);
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
    return !parent.isValid() && m_users.size() < m_total;
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
    const Result<QList<TestUser>> chunk = m_service.search(m_searchText, ChunkSize, static_cast<int>(m_users.size()));
    if (!chunk) {
        // Stop offering more rows, or a view would ask again at once and fail in a loop.
        m_total = static_cast<int>(m_users.size());
        emit loadFailed(chunk.error());
        return;
    }
    if (chunk->isEmpty()) {
        // Users were deleted elsewhere since the count: there is no more.
        m_total = static_cast<int>(m_users.size());
        return;
    }
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
    // The count and the first chunk in one reset, so a view sees one change, not two.
    std::optional<Error> failure;
    // A chunk still queued belongs to the old search.
    ++m_generation;
    m_fetchQueued = false;
    beginResetModel();
    m_users.clear();
    m_total = 0;
    if (const Result<int> total = m_service.count(m_searchText); !total) {
        failure = total.error();
    } else if (const Result<QList<TestUser>> first = m_service.search(m_searchText, ChunkSize, 0); !first) {
        failure = first.error();
    } else {
        m_users = *first;
        m_total = std::max(*total, static_cast<int>(m_users.size()));
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
    --m_total;
}

} // namespace authdesk
