#pragma once

#include "domain/familyfilter.h"
#include "domain/result.h"
#include "domain/testuser.h"
#include "domain/tokenfamily.h"
#include "storage/refreshtokenrecord.h"

#include <functional>
#include <limits>
#include <optional>

class QSqlQuery;

namespace authdesk {

class Database;

// Token families and their refresh tokens. Every change that spans rows is one transaction, and the
// conditional updates make rotation safe with several threads or servers on one database.
class TokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(TokenRepository)

public:
    enum class RotateOutcome {
        Rotated, // `current` was the head and is now retired; `next` is the new head
        NotHead, // `current` was already retired (another request rotated it first) or the family is revoked
        UserBanned, // the family's user is banned (checked inside the transaction); nothing changed
    };

    // A test seam: called between the statements of rotate() with the name of the next step; an error
    // aborts the rotation there (the transaction rolls back). Unset in production.
    using FaultInjector = std::function<Result<void>(const QString &step)>;

    // Where a refresh came from, recorded on its family for support (TokenFamily::refreshAddress).
    struct ClientSeen
    {
        QString address;
        QString userAgent;
    };

    // What a refresh grant reads first, in one statement: the presented token, its family and the
    // standing of the family's user.
    struct RefreshLookup
    {
        RefreshTokenRecord token;
        // Empty when the family is gone; only what a refresh reads: id, clientId, userId, scope,
        // lastUsedAt, expiresAt, revokedAt and reuseDetected.
        std::optional<TokenFamily> family;
        // The family's user, when it has one that exists; only its id, email and banned are read.
        std::optional<TestUser> user;
    };

    explicit TokenRepository(Database &database);

    // Creates the family with its first refresh token, in one transaction. Conflict when the family's
    // user is banned, or had every session revoked after family.createdAt (checked inside it).
    Result<void> createFamily(const TokenFamily &family, const RefreshTokenRecord &first);
    // A family without refresh tokens (a login-as session): revocable, and the `fid` of its access tokens.
    Result<void> createFamily(const TokenFamily &family);
    Result<std::optional<TokenFamily>> findFamily(const QString &familyId);
    Result<std::optional<RefreshTokenRecord>> findRefreshToken(const QByteArray &tokenHash);
    // findRefreshToken(), findFamily() of its family and its user's standing, in one statement.
    Result<std::optional<RefreshLookup>> findForRefresh(const QByteArray &tokenHash);
    // The unretired token of the family, if any.
    Result<std::optional<RefreshTokenRecord>> head(const QString &familyId);

    // In one transaction: retire `currentHash` only if it is still the head of a family that is not
    // revoked, store sealedSuccessor in it, insert `next` and move the family's last-used time, expiry
    // and last refresh's client.
    Result<RotateOutcome> rotate(const QByteArray &currentHash, const RefreshTokenRecord &next,
        const QByteArray &sealedSuccessor, const QDateTime &now, const ClientSeen &client = {});

    // Revokes the family (refresh and access tokens). Returns false when it was already revoked.
    Result<bool> revokeFamily(const QString &familyId, const QDateTime &at, const QString &by, const QString &reason,
        bool reuseDetected = false);
    // Inside a transaction that revokes every session of a user or client: no family can be created
    // until it commits (createFamily then sees the revocation and refuses). Call it first, before
    // touching the user or application. A no-op on SQLite, whose write transactions exclude each other.
    Result<void> lockAgainstNewFamilies();
    // Revokes every live family of the user / of the client; returns how many.
    Result<int> revokeFamiliesOfUser(
        const QString &userId, const QDateTime &at, const QString &by, const QString &reason);
    Result<int> revokeFamiliesOfClient(
        const QString &clientId, const QDateTime &at, const QString &by, const QString &reason);

    // Newest first (then by id), paged: by filter.after (keyset), or by offset.
    Result<QList<TokenFamily>> families(const FamilyFilter &filter, int limit, int offset);
    // How many families match, counting no further than atMost.
    Result<int> countFamilies(const FamilyFilter &filter, int atMost = std::numeric_limits<int>::max());

    void setFaultInjector(FaultInjector injector) { m_faultInjector = std::move(injector); }

private:
    // Inserts the family row inside the caller's transaction.
    Result<void> insertFamily(const TokenFamily &family);
    // One try of rotate(); transient is set when it failed only because of a concurrent transaction.
    Result<RotateOutcome> rotateOnce(const QByteArray &currentHash, const RefreshTokenRecord &next,
        const QByteArray &sealedSuccessor, const QDateTime &now, const ClientSeen &client, bool &transient);

    Database &m_database;
    FaultInjector m_faultInjector;
};

} // namespace authdesk
