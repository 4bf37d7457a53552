#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

class QHttpServer;
typedef struct evp_pkey_st EVP_PKEY;

namespace authdesk {

// A real OpenID Connect provider for tests, in this process: an HTTP server on 127.0.0.1 port 0
// serving /.well-known/openid-configuration and /jwks.json, and real RSA keys (OpenSSL) that sign
// RS256 ID tokens with whatever claims a test chooses. It counts the JWKS fetches, and can be taken
// down (connections refused) and brought back on the same port.
class TestIdp
{
public:
    TestIdp();
    ~TestIdp();

    bool start(); // false (with a warning) when it cannot listen
    // The time claims() uses (seconds since the epoch); the system clock by default.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    void stop(); // the port stops answering
    QString issuer() const; // http://127.0.0.1:<port>
    QString jwksUri() const;
    int jwksFetches() const { return m_jwksFetches; }
    int configurationFetches() const { return m_configurationFetches; }

    // The keys served: the current one (kid "key-1" at first); rotate() makes a new current key with
    // a new kid and serves both.
    QString currentKid() const { return m_kid; }
    void rotate();
    // Serves only the keys made from now on: an older kid becomes unknown.
    void dropOldKeys();

    // Claims with iss, aud, sub, iat = now, exp = now + 1 h, email and email_verified = true.
    QJsonObject claims(const QString &audience, const QString &subject, const QString &email) const;
    QByteArray sign(const QJsonObject &claims) const; // RS256 with the current key
    QByteArray signWithHeader(const QJsonObject &header, const QJsonObject &claims) const;
    // RS256 by a key this IdP never published, under the current kid.
    QByteArray signWithForeignKey(const QJsonObject &claims) const;
    // HS256 with a shared secret, under the current kid: must never be accepted.
    QByteArray signHs256(const QJsonObject &claims) const;

private:
    void listen();

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_kid;
    int m_generation = 1;
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<EVP_PKEY> m_foreignKey;
    QList<QPair<QString, std::shared_ptr<EVP_PKEY>>> m_published;
    int m_jwksFetches = 0;
    int m_configurationFetches = 0;
    std::function<qint64()> m_now;
};

} // namespace authdesk
