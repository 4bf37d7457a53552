#include "ui/sessiontablemodel.h"

#include "domain/clock.h"
#include "services/applicationservice.h"
#include "services/testuserservice.h"
#include "ui/displaytime.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace authdesk {

namespace {

QString formatTime(const QDateTime &time, const QString &ifNull)
{
    if (!time.isValid())
        return ifNull;
    return displayTime(time);
}

// "admin:alice" -> "alice": the prefix only says that an operator did it, which the page's wording
// already says.
QString revokerName(const QString &revokedBy)
{
    const QString adminPrefix = QStringLiteral("admin:");
    if (revokedBy.startsWith(adminPrefix))
        return revokedBy.mid(adminPrefix.size());
    return revokedBy;
}

} // namespace

SessionTableModel::SessionTableModel(SessionService &sessions, ApplicationService &applications, TestUserService &users,
    const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_sessions(sessions)
    , m_applications(applications)
    , m_users(users)
    , m_clock(clock)
{
    reloadNames();
}

void SessionTableModel::setFilter(const FamilyFilter &filter)
{
    m_filter = filter;
    m_filter.now = m_clock.now();
    m_filter.after.reset();
    reload();
}

void SessionTableModel::refresh()
{
    reloadNames();
    setFilter(m_filter);
}

void SessionTableModel::reloadNames()
{
    m_userEmails.clear();
    m_applicationNames.clear();
    const Result<QList<authdesk::Application>> applications = m_applications.list();
    if (!applications) {
        emit loadFailed(applications.error().message());
        return;
    }
    for (const authdesk::Application &application : *applications)
        m_applicationNames.insert(application.clientId, application.name);
}

QString SessionTableModel::userEmail(const QString &userId) const
{
    if (userId.isEmpty())
        return tr("(integration client)");
    if (const auto cached = m_userEmails.constFind(userId); cached != m_userEmails.cend())
        return *cached;
    const Result<std::optional<TestUser>> user = m_users.find(userId);
    if (!user)
        return userId; // not cached: the next paint tries again
    const QString email = user->has_value() ? (*user)->email : tr("(deleted user)");
    m_userEmails.insert(userId, email);
    return email;
}

QString SessionTableModel::applicationName(const QString &clientId) const
{
    return m_applicationNames.value(clientId, clientId);
}

QString SessionTableModel::stateText(const TokenFamily &family) const
{
    switch (family.state(m_filter.now)) {
    case TokenFamily::State::Live:
        return tr("Live");
    case TokenFamily::State::Expired:
        return tr("Expired");
    case TokenFamily::State::Revoked:
        return tr("Revoked by %1: %2").arg(revokerName(family.revokedBy), family.revokeReason);
    case TokenFamily::State::ReuseDetected:
        return family.revokeReason.isEmpty() ? tr("Reuse detected") : tr("Reuse detected: %1").arg(family.revokeReason);
    }
    Q_UNREACHABLE();
}

QString SessionTableModel::stateName(const TokenFamily &family) const
{
    switch (family.state(m_filter.now)) {
    case TokenFamily::State::Live:
        return tr("Live");
    case TokenFamily::State::Expired:
        return tr("Expired");
    case TokenFamily::State::Revoked:
        return tr("Revoked");
    case TokenFamily::State::ReuseDetected:
        return tr("Reuse detected");
    }
    Q_UNREACHABLE();
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenFamily &family = rows().at(index.row());
    const bool reuse = family.state(m_filter.now) == TokenFamily::State::ReuseDetected;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case User:
            return userEmail(family.userId);
        case Application:
            return role == Qt::ToolTipRole ? family.clientId : applicationName(family.clientId);
        case Scope:
            // A login-as session is an operator acting as the user: say so where the scope is shown.
            return family.loginAs ? tr("%1 (login as)").arg(family.scope) : family.scope;
        case Created:
            return formatTime(family.createdAt, tr("unknown"));
        case LastUsed:
            return formatTime(family.lastUsedAt, tr("never"));
        case Expires:
            return formatTime(family.expiresAt, tr("unknown"));
        case State:
            // The state in a word in the table, so the column stays narrow; who revoked it and why,
            // however long the operator's reason, in the tooltip.
            return role == Qt::ToolTipRole ? stateText(family) : stateName(family);
        case LoginFrom:
            return clientText(family.loginAddress, family.loginUserAgent);
        case RefreshFrom:
            return clientText(family.refreshAddress, family.refreshUserAgent);
        }
        break;
    case Qt::ForegroundRole:
        // A reused refresh token means a stolen or replayed one: it must catch the eye in a long list.
        if (reuse)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (family.state(m_filter.now) != TokenFamily::State::Live)
            return QBrush(QApplication::palette().color(QPalette::PlaceholderText));
        break;
    case Qt::DecorationRole:
        if (reuse && index.column() == State)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Scope:
        return tr("Scope");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    case State:
        return tr("State");
    case LoginFrom:
        return tr("Login from");
    case RefreshFrom:
        return tr("Last refresh from");
    default:
        return {};
    }
}

QString SessionTableModel::clientText(const QString &address, const QString &userAgent)
{
    if (address.isEmpty() && userAgent.isEmpty())
        return {};
    if (userAgent.isEmpty())
        return address;
    return QStringLiteral("%1 · %2").arg(address, userAgent);
}

Result<QList<TokenFamily>> SessionTableModel::loadChunk(const TokenFamily *last, int /*loaded*/, int limit)
{
    FamilyFilter page = m_filter;
    if (last)
        page.after = FamilyCursor { last->createdAt, last->id };
    return m_sessions.list(page, limit, 0);
}

Result<int> SessionTableModel::countRows(int atMost)
{
    return m_sessions.count(m_filter, atMost);
}

void SessionTableModel::reportFailure(const Error &error)
{
    emit loadFailed(error.message());
}

} // namespace authdesk
