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
    const QList<uint> codePoints = email.trimmed().toUcs4();
    QString key;
    key.reserve(codePoints.size());
    for (const uint codePoint : codePoints) {
        const auto original = static_cast<char32_t>(codePoint);
        const char32_t folded = QChar::toCaseFolded(original);
        const bool foldsIntoAscii = original > 0x7f && folded <= 0x7f;
        const char32_t kept = foldsIntoAscii ? original : folded;
        key += QString::fromUcs4(&kept, 1);
    }
    return key;
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
