// Access tokens (spec section 3, "Tokens"): Ed25519 JWTs that verify with the published public key,
// checked here with libsodium directly rather than with the code under test; a one-byte change
// anywhere breaks them; and "live" follows family revocation, revoke-all and disabled applications.

#include "apifixture.h"
#include "server/authserver.h"
#include "services/accesstokens.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/signingkeys.h"
#include "services/testuserservice.h"
#include "storage/tokenrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>
#include <sodium.h>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray Integ = ApiFixture::IntegrationClientId;

constexpr auto B64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString().toLatin1();
}

QJsonObject decodePart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, B64Url)).object();
}

// The token with one byte of the decoded header, payload or signature flipped.
QByteArray flipByte(const QByteArray &token, int part, qsizetype index)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray decoded = QByteArray::fromBase64(parts.at(part), B64Url);
    decoded[index] = static_cast<char>(decoded.at(index) ^ 0x01);
    parts[part] = decoded.toBase64(B64Url);
    return parts.join('.');
}

bool sodiumVerifies(const QByteArray &token, const QByteArray &publicKey)
{
    const qsizetype lastDot = token.lastIndexOf('.');
    const QByteArray signingInput = token.left(lastDot);
    const QByteArray signature = QByteArray::fromBase64(token.mid(lastDot + 1), B64Url);
    if (signature.size() != static_cast<qsizetype>(crypto_sign_BYTES)
        || publicKey.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(signingInput.constData()),
               static_cast<unsigned long long>(signingInput.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace

class TestAccessTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void userTokenVerifiesWithThePublishedKey();
    void clientTokensNameTheClient();
    void oneByteChangeIsRejected_data();
    void oneByteChangeIsRejected();
    void revokedFamilyIsNotLive();
    void revokeAllOfApplicationEndsEarlierTokens();
    void anonymousTokenDiesWithItsApplication();
    void expiredTokenIsNotLive();

private:
    bool isLive(const QByteArray &token);
    QByteArray anonymousToken();
    QByteArray publishedKey(const QString &kid);

    std::unique_ptr<ApiFixture> m_api;
};

void TestAccessTokens::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestAccessTokens::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
}

void TestAccessTokens::cleanup()
{
    m_api.reset();
}

bool TestAccessTokens::isLive(const QByteArray &token)
{
    const auto validated = m_api->services().accessTokens().validate(token);
    if (const auto *error = std::get_if<OAuthError>(&validated)) {
        if (error->code != OAuthError::Code::InvalidToken)
            qWarning("validate answered %s", OAuthError::codeName(error->code).constData());
        return false;
    }
    return true;
}

QByteArray TestAccessTokens::anonymousToken()
{
    const HttpReply reply = m_api->token("grant_type=client_credentials&scope=public-read&client_id=" + Market);
    return reply.status == 200 ? field(reply.json(), "access_token") : QByteArray();
}

// The raw 32-byte public key of the JWK with this kid in the published JWKS; empty if none.
QByteArray TestAccessTokens::publishedKey(const QString &kid)
{
    const QJsonArray keys = m_api->services().signingKeys().jwks().value(QLatin1String("keys")).toArray();
    for (const QJsonValue &value : keys) {
        const QJsonObject jwk = value.toObject();
        if (jwk.value(QLatin1String("kid")).toString() != kid)
            continue;
        if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("OKP")
            || jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
            return {};
        if (jwk.contains(QLatin1String("d")))
            return {}; // a private part must never be published
        return QByteArray::fromBase64(jwk.value(QLatin1String("x")).toString().toLatin1(), B64Url);
    }
    return {};
}

void TestAccessTokens::userTokenVerifiesWithThePublishedKey()
{
    const QJsonObject login = m_api->login();
    const QByteArray token = field(login, "access_token");
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);

    const QJsonObject header = decodePart(parts.at(0));
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
    const QString kid = header.value(QLatin1String("kid")).toString();
    QVERIFY(!kid.isEmpty());
    const QByteArray publicKey = publishedKey(kid);
    QCOMPARE(publicKey.size(), static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES));
    QVERIFY(sodiumVerifies(token, publicKey));

    const QJsonObject claims = decodePart(parts.at(1));
    const Result<std::optional<TestUser>> user
        = m_api->services().testUsers().findByEmail(QStringLiteral("joe@example.com"));
    QVERIFY(user && user->has_value());
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_api->server().baseUrl().toString());
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), (*user)->id);
    QCOMPARE(claims.value(QLatin1String("client_id")).toString(), QString::fromLatin1(Market));
    QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
    QCOMPARE(iat, m_api->clock().now().toSecsSinceEpoch());
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), iat + 900);
    QVERIFY(!claims.value(QLatin1String("jti")).toString().isEmpty());

    const Result<QList<TokenFamily>> families = m_api->services().tokenRepository().families(FamilyFilter(), 10, 0);
    QVERIFY(families);
    QCOMPARE(families->size(), 1);
    QCOMPARE(claims.value(QLatin1String("fid")).toString(), families->first().id);

    // Every token has its own jti.
    const QJsonObject again = decodePart(field(m_api->login(), "access_token").split('.').at(1));
    QVERIFY(again.value(QLatin1String("jti")).toString() != claims.value(QLatin1String("jti")).toString());

    QVERIFY(isLive(token));
}

void TestAccessTokens::clientTokensNameTheClient()
{
    const QByteArray anonymous = anonymousToken();
    const QJsonObject anonymousClaims = decodePart(anonymous.split('.').value(1));
    QCOMPARE(anonymousClaims.value(QLatin1String("sub")).toString(), QString::fromLatin1(Market));
    QCOMPARE(anonymousClaims.value(QLatin1String("scope")).toString(), QStringLiteral("public-read"));
    QVERIFY(!anonymousClaims.contains(QLatin1String("fid")));
    QVERIFY(sodiumVerifies(
        anonymous, publishedKey(decodePart(anonymous.split('.').value(0)).value(QLatin1String("kid")).toString())));

    const HttpReply integration = m_api->token("grant_type=client_credentials&client_id=" + Integ
        + "&client_secret=" + QByteArray(ApiFixture::IntegrationSecret));
    QCOMPARE(integration.status, 200);
    const QByteArray token = field(integration.json(), "access_token");
    const QJsonObject claims = decodePart(token.split('.').value(1));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QString::fromLatin1(Integ));
    QCOMPARE(claims.value(QLatin1String("client_id")).toString(), QString::fromLatin1(Integ));
    QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("integ"));
    QVERIFY(!claims.value(QLatin1String("fid")).toString().isEmpty());
    QVERIFY(isLive(token));
    QVERIFY(isLive(anonymous));
}

void TestAccessTokens::oneByteChangeIsRejected_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("where"); // 0 first byte, 1 middle, 2 last
    const char *names[] = { "header", "payload", "signature" };
    const char *places[] = { "first", "middle", "last" };
    for (int part = 0; part < 3; ++part) {
        for (int where = 0; where < 3; ++where)
            QTest::addRow("%s, %s byte", names[part], places[where]) << part << where;
    }
}

void TestAccessTokens::oneByteChangeIsRejected()
{
    QFETCH(int, part);
    QFETCH(int, where);
    const QByteArray token = field(m_api->login(), "access_token");
    QVERIFY(isLive(token)); // the unchanged token is fine

    const qsizetype size = QByteArray::fromBase64(token.split('.').at(part), B64Url).size();
    const qsizetype index = where == 0 ? 0 : where == 1 ? size / 2 : size - 1;
    const QByteArray changed = flipByte(token, part, index);
    QVERIFY(changed != token);
    const QByteArray publicKey
        = publishedKey(decodePart(token.split('.').at(0)).value(QLatin1String("kid")).toString());
    QVERIFY(!sodiumVerifies(changed, publicKey)); // the test's own check agrees

    const auto validated = m_api->services().accessTokens().validate(changed);
    const auto *error = std::get_if<OAuthError>(&validated);
    QVERIFY2(error, "a changed token was accepted");
    QCOMPARE(error->code, OAuthError::Code::InvalidToken);
}

void TestAccessTokens::revokedFamilyIsNotLive()
{
    const QByteArray token = field(m_api->login(), "access_token");
    const QByteArray other = field(m_api->login(), "access_token");
    QVERIFY(isLive(token));
    const QString family = decodePart(token.split('.').at(1)).value(QLatin1String("fid")).toString();
    QVERIFY(m_api->services().sessions().revoke(family, QStringLiteral("support ticket 42"), QStringLiteral("test")));
    QVERIFY(!isLive(token)); // at once, without waiting for exp
    QVERIFY(isLive(other)); // another session of the same user
}

void TestAccessTokens::revokeAllOfApplicationEndsEarlierTokens()
{
    const QByteArray user = field(m_api->login(), "access_token");
    const QByteArray anonymous = anonymousToken();
    const HttpReply integration = m_api->token("grant_type=client_credentials&client_id=" + Integ
        + "&client_secret=" + QByteArray(ApiFixture::IntegrationSecret));
    const QByteArray integ = field(integration.json(), "access_token");
    QVERIFY(isLive(user) && isLive(anonymous) && isLive(integ));

    m_api->clock().advance(1);
    QVERIFY(m_api->services().sessions().revokeAllOfApplication(
        QString::fromLatin1(Market), QStringLiteral("key leaked"), QStringLiteral("test")));
    QVERIFY(!isLive(user));
    QVERIFY(!isLive(anonymous)); // anonymous tokens have no family: the revoke-all time ends them
    QVERIFY(isLive(integ)); // another application

    // Tokens issued afterwards are live.
    m_api->clock().advance(1);
    QVERIFY(isLive(anonymousToken()));
    QVERIFY(isLive(field(m_api->login(), "access_token")));
}

void TestAccessTokens::anonymousTokenDiesWithItsApplication()
{
    const QByteArray anonymous = anonymousToken();
    QVERIFY(isLive(anonymous));
    ApplicationService &applications = m_api->services().applications();
    Result<std::optional<Application>> app = applications.find(QString::fromLatin1(Market));
    QVERIFY(app && app->has_value());
    Application disabled = **app;
    disabled.enabled = false;
    QVERIFY(applications.update(disabled, QStringLiteral("test")));
    QVERIFY(!isLive(anonymous));
}

void TestAccessTokens::expiredTokenIsNotLive()
{
    const QByteArray token = field(m_api->login(), "access_token");
    m_api->clock().advance(899);
    QVERIFY(isLive(token));
    m_api->clock().advance(1);
    QVERIFY(!isLive(token)); // exp is the first second it is dead
}

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_accesstokens.moc"
