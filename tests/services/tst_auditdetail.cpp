// What the audit log says about a change (issue 14, point 5): the user and application an entry
// touches by name, and for an application change every field with its value before and after,
// never a secret.

#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

namespace {

const QString Actor = QStringLiteral("maria");
const QString Shop = QString::fromLatin1(ApiFixture::MarketplaceClientId);

QJsonObject claimsOf(const QString &jwt)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.toLatin1().split('.').value(1),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

class TestAuditDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicationChangeSaysWhatChanged();
    void allowingAnOriginIsAudited();
    void sessionRevocationNamesUserAndApplication();

private:
    AuditEvent lastEvent();

    ApiFixture m_api;
};

void TestAuditDetail::initTestCase()
{
    QVERIFY(m_api.start());
}

AuditEvent TestAuditDetail::lastEvent()
{
    const Result<QList<AuditEvent>> events = m_api.services().audit().list({}, 1, 0);
    return events && !events->isEmpty() ? events->first() : AuditEvent();
}

void TestAuditDetail::applicationChangeSaysWhatChanged()
{
    ApplicationService &applications = m_api.services().applications();
    // A new secret first: whatever the change, the audit never holds it or its hash.
    const Result<IssuedSecret> rotated = applications.rotateSecret(Shop, 0, Actor);
    QVERIFY(rotated);
    QVERIFY(lastEvent().reason.contains(QStringLiteral("Web shop")));

    Application changed = rotated->application;
    changed.name = QStringLiteral("Web shop 2");
    changed.settings.accessTokenTtlSeconds = 600;
    changed.settings.corsOrigins = { QStringLiteral("http://localhost:5173") };
    QVERIFY(applications.update(changed, Actor));

    const AuditEvent event = lastEvent();
    QCOMPARE(event.action, QStringLiteral("application.update"));
    QCOMPARE(event.actor, Actor);
    QCOMPARE(event.target, Shop);
    for (const QString &line :
        { QStringLiteral("name: Web shop -> Web shop 2"), QStringLiteral("access-token lifetime: 900 s -> 600 s"),
            QStringLiteral("allowed origins: http://localhost:3000 -> http://localhost:5173") })
        QVERIFY2(event.reason.contains(line), qPrintable(event.reason));
    QVERIFY2(!event.reason.contains(QLatin1String("refresh-token lifetime")), qPrintable(event.reason));
    QVERIFY(!event.reason.contains(QString::fromLatin1(rotated->secret)));
    QVERIFY(!event.reason.contains(QString::fromLatin1(rotated->application.secretHash.toHex())));

    // Unchanged: nothing to list.
    QVERIFY(ApplicationService::changes(changed, changed).isEmpty());
    changed.name = QStringLiteral("Web shop");
    changed.settings.corsOrigins = { QStringLiteral("http://localhost:3000") };
    changed.settings.accessTokenTtlSeconds = 900;
    QVERIFY(applications.update(changed, Actor));
}

void TestAuditDetail::allowingAnOriginIsAudited()
{
    ApplicationService &applications = m_api.services().applications();
    const Result<Application> allowed = applications.allowOrigin(Shop, QStringLiteral("http://localhost:4000"), Actor);
    QVERIFY(allowed);
    QVERIFY(allowed->settings.corsOrigins.contains(QStringLiteral("http://localhost:4000")));
    const AuditEvent event = lastEvent();
    QCOMPARE(event.action, QStringLiteral("application.allow_origin"));
    QCOMPARE(event.actor, Actor);
    QCOMPARE(event.reason, QStringLiteral("Allowed the origin http://localhost:4000 for \"Web shop\""));
    // Not an origin: refused, nothing audited.
    QVERIFY(!applications.allowOrigin(Shop, QStringLiteral("http://localhost:4000/path"), Actor));
    QCOMPARE(lastEvent().id, event.id);
}

void TestAuditDetail::sessionRevocationNamesUserAndApplication()
{
    const QJsonObject login = m_api.login();
    const QString familyId
        = claimsOf(login.value(QLatin1String("access_token")).toString()).value(QLatin1String("fid")).toString();
    QVERIFY(!familyId.isEmpty());
    QVERIFY(m_api.services().sessions().revoke(familyId, QStringLiteral("lost phone"), Actor));
    const AuditEvent event = lastEvent();
    QCOMPARE(event.action, QStringLiteral("session.revoke"));
    QCOMPARE(event.target, familyId);
    QCOMPARE(event.reason, QStringLiteral("lost phone (session of joe@example.com in Web shop)"));

    QVERIFY(m_api.services().sessions().revokeAllOfApplication(Shop, QStringLiteral("rotation drill"), Actor));
    QVERIFY2(lastEvent().reason.contains(QStringLiteral("\"Web shop\"")), qPrintable(lastEvent().reason));
}

QTEST_MAIN(TestAuditDetail)
#include "tst_auditdetail.moc"
