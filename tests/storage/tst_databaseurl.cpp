#include "storage/databaseurl.h"

#include <QTest>

using namespace authdesk;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryPart_data();
    void parsesEveryPart();
    void refusesWithSpecificMessage_data();
    void refusesWithSpecificMessage();
    void displayNameHasNoPassword();
};

void TestDatabaseUrl::parsesEveryPart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");

    QTest::newRow("full") << "postgresql://auth@db.example.com:6543/authdesk"
                          << "auth"
                          << "db.example.com" << 6543 << "authdesk";
    QTest::newRow("default port") << "postgresql://auth@127.0.0.1/authdesk"
                                  << "auth"
                                  << "127.0.0.1" << 5432 << "authdesk";
    QTest::newRow("no user") << "postgresql://localhost:5433/a"
                             << ""
                             << "localhost" << 5433 << "a";
    QTest::newRow("short scheme") << "postgres://u@h/d"
                                  << "u"
                                  << "h" << 5432 << "d";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5432/d"
                          << "u"
                          << "::1" << 5432 << "d";
    QTest::newRow("encoded") << "postgresql://us%40er@h/my%20db"
                             << "us@er"
                             << "h" << 5432 << "my db";
}

void TestDatabaseUrl::parsesEveryPart()
{
    QFETCH(QString, url);
    const Result<PostgresTarget> target = DatabaseUrl::parse(url);
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message()));
    QTEST(target->user, "user");
    QTEST(target->host, "host");
    QTEST(int(target->port), "port");
    QTEST(target->database, "database");
    QVERIFY(target->password.isEmpty());
}

void TestDatabaseUrl::refusesWithSpecificMessage_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("not a url") << "authdesk.sqlite"
                               << "must look like postgresql://";
    QTest::newRow("other scheme") << "mysql://u@h/d"
                                  << "must start with postgresql://, not mysql://";
    QTest::newRow("password") << "postgresql://u:hunter2@h/d"
                              << "must not contain a password";
    QTest::newRow("no host") << "postgresql:///d"
                             << "names no host";
    QTest::newRow("port 0") << "postgresql://u@h:0/d"
                            << "port must be from 1 to 65535";
    QTest::newRow("port too big") << "postgresql://u@h:70000/d"
                                  << "not a valid URL";
    QTest::newRow("no database") << "postgresql://u@h:5432"
                                 << "names no database";
    QTest::newRow("empty database") << "postgresql://u@h:5432/"
                                    << "names no database";
    QTest::newRow("nested path") << "postgresql://u@h/a/b"
                                 << "cannot contain '/'";
    QTest::newRow("options") << "postgresql://u@h/d?sslmode=disable"
                             << "must not have options";
}

void TestDatabaseUrl::refusesWithSpecificMessage()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Result<PostgresTarget> target = DatabaseUrl::parse(url);
    QVERIFY(!target);
    QCOMPARE(target.error().code(), Error::Code::InvalidArgument);
    QVERIFY2(target.error().message().contains(message), qPrintable(target.error().message()));
    QVERIFY(!target.error().message().contains(QLatin1String("hunter2")));
}

void TestDatabaseUrl::displayNameHasNoPassword()
{
    PostgresTarget target;
    target.host = QStringLiteral("db.example.com");
    target.port = 6543;
    target.user = QStringLiteral("auth");
    target.database = QStringLiteral("authdesk");
    target.password = QStringLiteral("hunter2");
    QCOMPARE(target.displayName(), QStringLiteral("postgresql://auth@db.example.com:6543/authdesk"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
