#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace authdesk {

// A fault to inject on purpose (the developer's test kit): which requests it matches and what the
// server does to them instead of answering normally, for the next `remaining` matching requests or
// until `expiresAt`, whichever is set.
struct FaultRule
{
    enum class Action {
        Status, // answer `status` with the OAuth error body of that status
        Delay, // answer normally, `delayMs` late
        Drop, // close the connection without an answer
    };

    qint64 id = 0;
    QString endpoint; // "token", "revoke" or "api"
    QString grantType; // empty: any
    QString clientId; // empty: any
    Action action = Action::Status;
    int status = 0; // Action::Status
    int delayMs = 0; // Action::Delay
    std::optional<int> remaining; // matching requests still to fault; none: until expiresAt
    QDateTime expiresAt; // null: until remaining runs out
    QDateTime createdAt;

    static QString actionName(Action action)
    {
        switch (action) {
        case Action::Status:
            return QStringLiteral("status");
        case Action::Delay:
            return QStringLiteral("delay");
        case Action::Drop:
            return QStringLiteral("drop");
        }
        return {};
    }
    static std::optional<Action> actionFromName(const QString &name)
    {
        for (Action action : { Action::Status, Action::Delay, Action::Drop }) {
            if (actionName(action) == name)
                return action;
        }
        return std::nullopt;
    }
};

// What a request looks like to the fault rules.
struct FaultTarget
{
    QString endpoint; // "token", "revoke" or "api"
    QString grantType; // token requests
    QString clientId; // as presented, not verified
};

} // namespace authdesk
