#include "services/signingkeys.h"

#include "crypto/keywrapper.h"
#include "domain/clock.h"
#include "services/serviceslog.h"
#include "storage/signingkeyrepository.h"

#include <QJsonArray>

namespace authdesk {

SigningKeys::SigningKeys(SigningKeyRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{
}

Result<void> SigningKeys::load(const QByteArray &kek)
{
    if (kek.size() != KeyWrapper::KeySize)
        return Error::invalidArgument(tr("The key-encryption key must be %1 bytes.").arg(KeyWrapper::KeySize));
    const KeyWrapper wrapper(kek);
    SigningKeyRepository &repository = m_repository;

    Result<std::optional<StoredSigningKey>> newest = repository.newest();
    if (!newest)
        return newest.error();
    if (!newest->has_value()) {
        const SigningKey generated = SigningKey::generate();
        StoredSigningKey stored;
        stored.kid = generated.kid();
        stored.publicKey = generated.publicKey();
        stored.wrappedPrivateKey = wrapper.wrap(generated.secretKey());
        stored.createdAt = m_clock.now();
        // Another instance on the same database may store its key first: then every instance uses that one.
        const Result<bool> inserted = repository.insertIfNone(stored);
        if (!inserted)
            return inserted.error();
        newest = repository.newest();
        if (!newest)
            return newest.error();
        if (!newest->has_value())
            return Error::internal(tr("The signing key could not be stored."));
        if (*inserted)
            qCInfo(lcServices) << "created a new access-token signing key";
    }

    const Result<QByteArray> secret = wrapper.unwrap((*newest)->wrappedPrivateKey);
    if (!secret) {
        return Error(Error::Code::KeychainUnavailable,
                     tr("The signing key in the database cannot be decrypted with this key-encryption key. Use the "
                        "key file or keychain that this database was created with."));
    }
    Result<SigningKey> key = SigningKey::fromSecretKey(*secret);
    if (!key)
        return key.error();
    m_current = std::move(key).value();

    const Result<QList<StoredSigningKey>> all = repository.all();
    if (!all)
        return all.error();
    m_publicKeys.clear();
    for (const StoredSigningKey &stored : *all)
        m_publicKeys.insert(stored.kid, stored.publicKey);
    return {};
}

QJsonObject SigningKeys::jwks() const
{
    QJsonArray keys;
    for (auto it = m_publicKeys.constBegin(); it != m_publicKeys.constEnd(); ++it)
        keys.append(SigningKey::publicJwk(it.value()));
    return { { QStringLiteral("keys"), keys } };
}

} // namespace authdesk
