#include "crypto/passwordhasher.h"
#include "crypto/sodium.h"

#include <QRegularExpression>
#include <QTest>

using namespace authdesk;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashVerifies();
    void wrongPasswordFails();
    void phcStringMeetsTheSpecFloor();
    void cheaperCostIsRaisedToTheFloor();
    void saltDiffersPerHash();
    void verifiesHashMadeElsewhere();
    void notAnArgon2idHashFails_data();
    void notAnArgon2idHashFails();
    void dummyIsAlwaysFalse();

private:
    PasswordHasher m_hasher;
};

void TestPasswordHasher::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestPasswordHasher::hashVerifies()
{
    for (const QString &password : { QStringLiteral("correct horse"), QString(), QStringLiteral("pässwörd ✓ 🔑") }) {
        const Result<QByteArray> hash = m_hasher.hash(password);
        QVERIFY(hash);
        QVERIFY(m_hasher.verify(*hash, password));
    }
}

void TestPasswordHasher::wrongPasswordFails()
{
    const Result<QByteArray> hash = m_hasher.hash(QStringLiteral("correct horse"));
    QVERIFY(hash);
    QVERIFY(!m_hasher.verify(*hash, QStringLiteral("correct horse ")));
    QVERIFY(!m_hasher.verify(*hash, QStringLiteral("Correct horse")));
    QVERIFY(!m_hasher.verify(*hash, QString()));
}

void TestPasswordHasher::phcStringMeetsTheSpecFloor()
{
    const Result<QByteArray> hash = m_hasher.hash(QStringLiteral("correct horse"));
    QVERIFY(hash);
    const QRegularExpression phc(
        QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const QRegularExpressionMatch match = phc.match(QString::fromLatin1(*hash));
    QVERIFY2(match.hasMatch(), hash->constData());
    QVERIFY(match.captured(1).toInt() >= 19456);
    QVERIFY(match.captured(2).toInt() >= 2);
}

void TestPasswordHasher::cheaperCostIsRaisedToTheFloor()
{
    const PasswordHasher cheap(PasswordHasher::Cost { 1, 8 * 1024 * 1024 });
    const Result<QByteArray> hash = cheap.hash(QStringLiteral("correct horse"));
    QVERIFY(hash);
    QVERIFY2(hash->startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash->constData());
}

void TestPasswordHasher::saltDiffersPerHash()
{
    const Result<QByteArray> first = m_hasher.hash(QStringLiteral("correct horse"));
    const Result<QByteArray> second = m_hasher.hash(QStringLiteral("correct horse"));
    QVERIFY(first && second);
    QCOMPARE_NE(*first, *second);
}

void TestPasswordHasher::verifiesHashMadeElsewhere()
{
    // Made with libsodium's crypto_pwhash_str_alg directly, so the stored format is the standard one.
    const QByteArray hash = "$argon2id$v=19$m=19456,t=2,p=1$ygJTa0R09ytDqlg5tfDP7A$"
                            "6JEINezS9LSFq6FYwEuY9bFuIZsY+VATDZJrrSrGmfI";
    QVERIFY(m_hasher.verify(hash, QStringLiteral("correct horse")));
    QVERIFY(!m_hasher.verify(hash, QStringLiteral("correct horse battery")));
}

void TestPasswordHasher::notAnArgon2idHashFails_data()
{
    QTest::addColumn<QByteArray>("hash");
    const QByteArray valid = "$argon2id$v=19$m=19456,t=2,p=1$ygJTa0R09ytDqlg5tfDP7A$"
                             "6JEINezS9LSFq6FYwEuY9bFuIZsY+VATDZJrrSrGmfI";
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("garbage") << QByteArray("garbage");
    QTest::addRow("prefix only") << QByteArray("$argon2id$");
    QTest::addRow("truncated") << valid.left(valid.size() - 5);
    QTest::addRow("trailing NUL and text") << valid + QByteArray("\0junk", 5);
    QTest::addRow("too long") << valid + QByteArray(200, 'A');
    QTest::addRow("bcrypt") << QByteArray("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
    // The same password, but argon2i: libsodium would accept it, the spec asks for argon2id.
    QTest::addRow("argon2i") << QByteArray("$argon2i$v=19$m=19456,t=3,p=1$cPeL2Db4UaRDxz17BCVghw$"
                                           "7hFiovCEzF9As80jkYo413QAQpYPmPK6yVvTTWEoXcs");
}

void TestPasswordHasher::notAnArgon2idHashFails()
{
    QFETCH(QByteArray, hash);
    QVERIFY(!m_hasher.verify(hash, QStringLiteral("correct horse")));
}

void TestPasswordHasher::dummyIsAlwaysFalse()
{
    QVERIFY(!m_hasher.verifyDummy(QStringLiteral("correct horse")));
    QVERIFY(!m_hasher.verifyDummy(QString()));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
