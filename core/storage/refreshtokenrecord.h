#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdesk {

// One refresh token of a family as stored: its SHA-256, never the token itself.
struct RefreshTokenRecord
{
    QByteArray tokenHash;
    QString familyId;
    int generation = 0; // 0 for the token issued at login, +1 per rotation
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime retiredAt; // null while this token is the family's head
    QByteArray sealedSuccessor; // the successor token encrypted under a key derived from this token

    bool isHead() const { return !retiredAt.isValid(); }
    bool operator==(const RefreshTokenRecord &) const = default;
};

} // namespace authdesk
