#include "crypto/passwordhasher.h"

#include "crypto/base64url.h"
#include "crypto/cryptolog.h"
#include "crypto/sodium.h"

#include <algorithm>
#include <sodium.h>

namespace authdesk {

namespace {

constexpr char Argon2idPrefix[] = "$argon2id$";

PasswordHasher::Cost atLeastTheFloor(PasswordHasher::Cost cost)
{
    // The spec's floor (argon2id, 19 MiB, 2 iterations): a cheaper hash would store what it forbids.
    const PasswordHasher::Cost floor;
    cost.iterations = std::max(cost.iterations, floor.iterations);
    cost.memoryBytes = std::max(cost.memoryBytes, floor.memoryBytes);
    return cost;
}

} // namespace

PasswordHasher::PasswordHasher()
    : PasswordHasher(Cost {})
{ }

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(atLeastTheFloor(cost))
{
    // A hash of a password nobody knows, made with the same cost, so verifyDummy() takes as long as a
    // real verify() and an unknown user cannot be told apart from a wrong password by timing.
    const Result<QByteArray> dummy = hash(QString::fromLatin1(base64url::encode(Sodium::randomBytes(32))));
    if (dummy)
        m_dummyHash = *dummy;
    else
        qCWarning(lcCrypto) << "Could not prepare the dummy password hash:" << dummy.error().message();
}

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, Qt::Uninitialized);
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            static_cast<unsigned long long>(m_cost.iterations), static_cast<size_t>(m_cost.memoryBytes),
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        // libsodium fails here only when it cannot allocate the memory the cost asks for.
        return Error::internal(tr("The password could not be hashed: not enough memory."));
    }
    out.truncate(static_cast<qsizetype>(qstrnlen(out.constData(), static_cast<uint>(out.size()))));
    return out;
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password) const
{
    // libsodium also verifies argon2i strings and needs a NUL-terminated string that fits its buffer.
    if (!hash.startsWith(Argon2idPrefix) || hash.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES)
        || hash.contains('\0'))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::verifyDummy(const QString &password) const
{
    // The result is thrown away: only the time spent matters.
    [[maybe_unused]] const bool matched = verify(m_dummyHash, password);
    return false;
}

} // namespace authdesk
