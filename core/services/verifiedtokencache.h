#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace authdesk {

// Access tokens whose signature has already been verified, by the SHA-256 of the token, until they
// expire. A client calls the API many times with one access token, and checking an Ed25519
// signature costs far more than the rest of such a call (docs/performance.md), while the answer for
// the same bytes and the same key never changes. Only the signature is remembered: whether the token
// is still live (expiry, revocations, the application) is decided on every call. The digest, not the
// token, is the key, so the cache holds nothing a client could present.
//
// Thread-safe: every network thread of the server shares one.
class VerifiedTokenCache
{
    Q_DISABLE_COPY_MOVE(VerifiedTokenCache)

public:
    static constexpr qsizetype DefaultCapacity = 2048;

    // What a verified token said, as far as it does not change: its claims, and the key that signed it.
    struct Entry
    {
        QString kid;
        QByteArray publicKey; // the key the signature verified with; a hit must see the same one
        QString subject;
        QString clientId;
        QString scope;
        QString familyId;
        QString tokenId;
        qint64 issuedAt = 0; // seconds since the epoch
        qint64 expiresAt = 0;
    };

    explicit VerifiedTokenCache(qsizetype capacity = DefaultCapacity);

    std::optional<Entry> find(const QByteArray &digest) const;
    // Keeps at most capacity entries: when full, the expired ones go first, and if none has expired,
    // all of them (a cache miss costs only a verification).
    void insert(const QByteArray &digest, const Entry &entry, qint64 nowSecs);
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    qsizetype m_capacity;
};

} // namespace authdesk
