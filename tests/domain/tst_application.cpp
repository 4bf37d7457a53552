#include "domain/application.h"

#include <QTest>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::ApplicationType)
Q_DECLARE_METATYPE(authdesk::GrantType)

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void grantNames_data();
    void grantNames();
    void unknownGrantNames_data();
    void unknownGrantNames();
    void typeNames_data();
    void typeNames();
    void unknownTypeNames_data();
    void unknownTypeNames();
    void grantsValidFor_data();
    void grantsValidFor();
    void defaults_data();
    void defaults();
    void settingsCompareByValue();
    void marketplaceUrlsAndOrigins();
};

void TestApplication::grantNames_data()
{
    QTest::addColumn<GrantType>("grant");
    QTest::addColumn<QString>("name");

    QTest::addRow("client_credentials") << GrantType::ClientCredentials << QStringLiteral("client_credentials");
    QTest::addRow("password") << GrantType::Password << QStringLiteral("password");
    QTest::addRow("refresh_token") << GrantType::RefreshToken << QStringLiteral("refresh_token");
    QTest::addRow("token_exchange") << GrantType::TokenExchange << QStringLiteral("token_exchange");
    QTest::addRow("authorization_code") << GrantType::AuthorizationCode << QStringLiteral("authorization_code");
}

void TestApplication::grantNames()
{
    QFETCH(GrantType, grant);
    QFETCH(QString, name);

    QCOMPARE(grantTypeName(grant), name);
    const std::optional<GrantType> parsed = grantTypeFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, grant);
}

void TestApplication::unknownGrantNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::addRow("capitalised") << QStringLiteral("Password");
    QTest::addRow("upper case") << QStringLiteral("REFRESH_TOKEN");
    QTest::addRow("leading space") << QStringLiteral(" password");
    QTest::addRow("trailing space") << QStringLiteral("password ");
    QTest::addRow("dash instead of underscore") << QStringLiteral("client-credentials");
    QTest::addRow("Authorization_code") << QStringLiteral("Authorization_code");
    QTest::addRow("urn form") << QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
    QTest::addRow("empty") << QString();
}

void TestApplication::unknownGrantNames()
{
    QFETCH(QString, name);
    QVERIFY(!grantTypeFromName(name).has_value());
}

void TestApplication::typeNames_data()
{
    QTest::addColumn<ApplicationType>("type");
    QTest::addColumn<QString>("name");

    QTest::addRow("marketplace") << ApplicationType::Marketplace << QStringLiteral("marketplace");
    QTest::addRow("integration") << ApplicationType::Integration << QStringLiteral("integration");
}

void TestApplication::typeNames()
{
    QFETCH(ApplicationType, type);
    QFETCH(QString, name);

    QCOMPARE(applicationTypeName(type), name);
    const std::optional<ApplicationType> parsed = applicationTypeFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, type);
}

void TestApplication::unknownTypeNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::addRow("capitalised") << QStringLiteral("Marketplace");
    QTest::addRow("unknown") << QStringLiteral("mobile");
    QTest::addRow("empty") << QString();
}

void TestApplication::unknownTypeNames()
{
    QFETCH(QString, name);
    QVERIFY(!applicationTypeFromName(name).has_value());
}

void TestApplication::grantsValidFor_data()
{
    QTest::addColumn<ApplicationType>("type");
    QTest::addColumn<QList<GrantType>>("valid");
    QTest::addColumn<QList<GrantType>>("invalid");

    QTest::addRow("marketplace") << ApplicationType::Marketplace
                                 << QList<GrantType> { GrantType::ClientCredentials, GrantType::Password,
                                        GrantType::RefreshToken, GrantType::TokenExchange,
                                        GrantType::AuthorizationCode, GrantType::AuthWithIdp }
                                 << QList<GrantType> {};
    QTest::addRow("integration") << ApplicationType::Integration
                                 << QList<GrantType> { GrantType::ClientCredentials, GrantType::RefreshToken }
                                 << QList<GrantType> { GrantType::Password, GrantType::TokenExchange,
                                        GrantType::AuthorizationCode, GrantType::AuthWithIdp };
}

void TestApplication::grantsValidFor()
{
    QFETCH(ApplicationType, type);
    QFETCH(QList<GrantType>, valid);
    QFETCH(QList<GrantType>, invalid);

    const QList<GrantType> grants = authdesk::grantsValidFor(type);
    QCOMPARE(grants.size(), valid.size());
    for (GrantType grant : std::as_const(valid))
        QVERIFY2(grants.contains(grant), qPrintable(grantTypeName(grant)));
    for (GrantType grant : std::as_const(invalid))
        QVERIFY2(!grants.contains(grant), qPrintable(grantTypeName(grant)));
}

void TestApplication::defaults_data()
{
    QTest::addColumn<ApplicationType>("type");

    QTest::addRow("marketplace") << ApplicationType::Marketplace;
    QTest::addRow("integration") << ApplicationType::Integration;
}

void TestApplication::defaults()
{
    QFETCH(ApplicationType, type);

    const GrantSettings settings = GrantSettings::defaultsFor(type);
    QCOMPARE(settings.accessTokenTtlSeconds, qint64(900));
    QCOMPARE(settings.refreshTokenTtlSeconds, qint64(180) * 24 * 60 * 60);
    QCOMPARE(settings.graceWindowSeconds, qint64(30));
    QVERIFY(!settings.refreshIdleTimeoutSeconds.has_value());
    QVERIFY(settings.corsOrigins.isEmpty());
    QCOMPARE(settings.enabledGrants, authdesk::grantsValidFor(type));
    for (GrantType grant : authdesk::grantsValidFor(type))
        QVERIFY(settings.isEnabled(grant));

    // A new application starts enabled, with those settings and no secret.
    const Application application;
    QVERIFY(application.enabled);
    QVERIFY(application.secretHash.isEmpty());
    QCOMPARE(application.settings.accessTokenTtlSeconds, qint64(900));
    QCOMPARE(application.settings.graceWindowSeconds, qint64(30));
}

void TestApplication::settingsCompareByValue()
{
    GrantSettings a = GrantSettings::defaultsFor(ApplicationType::Integration);
    GrantSettings b = GrantSettings::defaultsFor(ApplicationType::Integration);
    QCOMPARE(a, b);
    b.graceWindowSeconds = 31;
    QVERIFY(!(a == b));
    QVERIFY(!a.isEnabled(GrantType::Password));
}

void TestApplication::marketplaceUrlsAndOrigins()
{
    for (const char *url : { "http://localhost:3000", "https://shop.example.com/", "http://127.0.0.1:3000/base" })
        QVERIFY2(LoginAsSettings::isValidMarketplaceUrl(QString::fromLatin1(url)), url);
    for (const char *url : { "", "localhost:3000", "ftp://shop.example.com", "http://", "http://a@shop.test",
             "http://shop.test/?a=1", "http://shop.test/#top", "/relative" })
        QVERIFY2(!LoginAsSettings::isValidMarketplaceUrl(QString::fromLatin1(url)), url);

    LoginAsSettings settings;
    QCOMPARE(settings.environment, MarketplaceEnvironment::Dev);
    QVERIFY(!settings.autoApprove);
    QVERIFY(settings.marketplaceOrigin().isEmpty());
    settings.marketplaceUrl = QStringLiteral("https://Shop.Example.com/base/");
    QCOMPARE(settings.marketplaceOrigin(), QStringLiteral("https://shop.example.com:443"));
    // A default port is the same origin as no port; another port or scheme is not.
    QCOMPARE(LoginAsSettings::originOf(QUrl(QStringLiteral("https://shop.example.com:443/api/login-as"))),
        settings.marketplaceOrigin());
    QVERIFY(LoginAsSettings::originOf(QUrl(QStringLiteral("http://shop.example.com/api/login-as")))
        != settings.marketplaceOrigin());

    for (MarketplaceEnvironment environment :
        { MarketplaceEnvironment::Dev, MarketplaceEnvironment::Test, MarketplaceEnvironment::Live })
        QCOMPARE(environmentFromName(environmentName(environment)), std::optional(environment));
    QVERIFY(!environmentFromName(QStringLiteral("prod")));
    QVERIFY(!environmentFromName(QStringLiteral("Live")));
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
