#include "domain/testuser.h"

#include <QStringList>

namespace authdesk {

TestUser::State TestUser::state(const QDateTime &now) const
{
    if (banned)
        return State::Banned;
    if (lockedUntil.isValid() && lockedUntil > now)
        return State::Locked;
    return State::Active;
}

QString TestUser::normalizedEmail(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString TestUser::abbreviatedName() const
{
    QString initials;
    const QStringList words = displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        initials += word.front().toUpper();
    return initials.left(2);
}

} // namespace authdesk
