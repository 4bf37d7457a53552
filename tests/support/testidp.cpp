#include "testidp.h"

#include "testidpkeys.h"

#include <QDateTime>
#include <QDebug>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <atomic>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace authdesk {

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64(const QJsonObject &object)
{
    return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::shared_ptr<EVP_PKEY> readKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        qFatal("a fixed test IdP key does not parse");
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

// The next of the fixed keys, round the list: consecutive calls give different keys, so an IdP's
// key, its foreign key, its rotated keys and another IdP's keys differ from each other (up to eight
// keys in use at once).
std::shared_ptr<EVP_PKEY> newRsaKey()
{
    static const QList<std::shared_ptr<EVP_PKEY>> keys = [] {
        QList<std::shared_ptr<EVP_PKEY>> read;
        for (const QByteArray &pem : testIdpKeyPems())
            read.append(readKey(pem));
        return read;
    }();
    static std::atomic<qsizetype> next { 0 };
    return keys.at(next.fetch_add(1) % keys.size());
}

QByteArray component(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &number))
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

QByteArray rs256(EVP_PKEY *key, const QByteArray &input)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t size = 0;
    QByteArray signature;
    if (EVP_DigestSignInit_ex(context, nullptr, "SHA256", nullptr, nullptr, key, nullptr) > 0
        && EVP_DigestSign(context, nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
               size_t(input.size()))
            > 0) {
        signature.resize(qsizetype(size));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &size,
                reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            <= 0)
            signature.clear();
    }
    EVP_MD_CTX_free(context);
    return signature;
}

} // namespace

TestIdp::TestIdp()
    : m_kid(QStringLiteral("key-1"))
    , m_key(newRsaKey())
    , m_foreignKey(newRsaKey())
{
    m_published.append({ m_kid, m_key });
}

TestIdp::~TestIdp() = default;

bool TestIdp::start()
{
    listen();
    if (m_port == 0) {
        qWarning("the test IdP could not listen");
        return false;
    }
    return true;
}

void TestIdp::listen()
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/.well-known/openid-configuration"), [this] {
        ++m_configurationFetches;
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("issuer"), issuer() }, { QStringLiteral("jwks_uri"), jwksUri() },
                { QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray { QStringLiteral("RS256") } } });
    });
    m_server->route(QStringLiteral("/jwks.json"), [this] {
        ++m_jwksFetches;
        QJsonArray keys;
        for (const auto &[kid, key] : std::as_const(m_published)) {
            keys.append(QJsonObject { { QStringLiteral("kty"), QStringLiteral("RSA") }, { QStringLiteral("kid"), kid },
                { QStringLiteral("use"), QStringLiteral("sig") }, { QStringLiteral("alg"), QStringLiteral("RS256") },
                { QStringLiteral("n"), QString::fromLatin1(b64(component(key.get(), OSSL_PKEY_PARAM_RSA_N))) },
                { QStringLiteral("e"), QString::fromLatin1(b64(component(key.get(), OSSL_PKEY_PARAM_RSA_E))) } });
        }
        return QHttpServerResponse(QJsonObject { { QStringLiteral("keys"), keys } });
    });
    m_port = m_server->listen(QHostAddress::LocalHost, m_port);
}

void TestIdp::stop()
{
    m_server.reset();
}

QString TestIdp::issuer() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString TestIdp::jwksUri() const
{
    return issuer() + QStringLiteral("/jwks.json");
}

void TestIdp::rotate()
{
    m_kid = QStringLiteral("key-%1").arg(++m_generation);
    m_key = newRsaKey();
    m_published.append({ m_kid, m_key });
}

void TestIdp::dropOldKeys()
{
    m_published = { { m_kid, m_key } };
}

QJsonObject TestIdp::claims(const QString &audience, const QString &subject, const QString &email) const
{
    const qint64 now = m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
    return { { QStringLiteral("iss"), issuer() }, { QStringLiteral("aud"), audience },
        { QStringLiteral("sub"), subject }, { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + 3600 },
        { QStringLiteral("email"), email }, { QStringLiteral("email_verified"), true } };
}

QByteArray TestIdp::sign(const QJsonObject &claims) const
{
    return signWithHeader({ { QStringLiteral("alg"), QStringLiteral("RS256") }, { QStringLiteral("kid"), m_kid },
                              { QStringLiteral("typ"), QStringLiteral("JWT") } },
        claims);
}

QByteArray TestIdp::signWithHeader(const QJsonObject &header, const QJsonObject &claims) const
{
    const QByteArray input = b64(header) + '.' + b64(claims);
    return input + '.' + b64(rs256(m_key.get(), input));
}

QByteArray TestIdp::signWithForeignKey(const QJsonObject &claims) const
{
    const QByteArray input
        = b64(QJsonObject { { QStringLiteral("alg"), QStringLiteral("RS256") }, { QStringLiteral("kid"), m_kid } })
        + '.' + b64(claims);
    return input + '.' + b64(rs256(m_foreignKey.get(), input));
}

QByteArray TestIdp::signHs256(const QJsonObject &claims) const
{
    const QByteArray input
        = b64(QJsonObject { { QStringLiteral("alg"), QStringLiteral("HS256") }, { QStringLiteral("kid"), m_kid } })
        + '.' + b64(claims);
    return input + '.'
        + b64(QMessageAuthenticationCode::hash(input, QByteArrayLiteral("shared-secret"), QCryptographicHash::Sha256));
}

} // namespace authdesk
