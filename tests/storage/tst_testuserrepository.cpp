#include "storage/database.h"
#include "storage/testuserrepository.h"
#include "testdatabase.h"

#include <QTest>
#include <memory>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 250), Qt::UTC);

TestUser makeUser(const QString &email, const QString &displayName = QStringLiteral("Joe Tester"))
{
    static int counter = 0;
    TestUser user;
    user.id = QStringLiteral("user-%1").arg(++counter);
    user.email = email;
    user.displayName = displayName;
    user.passwordHash = QByteArrayLiteral("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");
    user.createdAt = T0;
    return user;
}

QStringList emailsOf(const QList<TestUser> &users)
{
    QStringList emails;
    for (const TestUser &user : users)
        emails << user.email;
    return emails;
}

} // namespace

class TestTestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void findByEmailIgnoresCase();
    void emailIsUniqueRegardlessOfCase();
    void insertAllIsAllOrNothing();
    void updateWritesAllButIdentity();
    void updateConflictsAndNotFound();
    void search_data();
    void search();
    void searchPagesInEmailOrder();
    void searchRefusesNegativePages();
    void remove();
    void failedLoginsCountWithinWindow();
    void failedLoginsLockAtThreshold();
    void clearFailedLogins();
    void failedLoginOfUnknownUserIsNotFound();
    void setRevokedAllAt();

private:
    OpenedTestDatabase m_db;
    std::unique_ptr<TestUserRepository> m_repository;
};

void TestTestUserRepository::init()
{
    const QString failed = m_db.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_repository = std::make_unique<TestUserRepository>(m_db.database());
}

void TestTestUserRepository::cleanup()
{
    m_repository.reset();
    m_db.close();
}

void TestTestUserRepository::roundTripsEveryField_data()
{
    QTest::addColumn<TestUser>("user");
    QTest::addRow("nulls") << makeUser(QStringLiteral("Joe@Example.com"));
    TestUser full = makeUser(QStringLiteral("Änne.Müller@Example.com"), QStringLiteral("Änne Müller"));
    full.banned = true;
    full.lockedUntil = T0.addSecs(900);
    full.failedLogins = 7;
    full.failedLoginsSince = T0.addSecs(-60);
    full.revokedAllAt = T0.addMSecs(1);
    full.emailVerified = false;
    QTest::addRow("every field set") << full;
}

void TestTestUserRepository::roundTripsEveryField()
{
    QFETCH(TestUser, user);
    QVERIFY(m_repository->insert(user));
    const Result<std::optional<TestUser>> found = m_repository->findById(user.id);
    QVERIFY(found);
    QVERIFY(found->has_value());
    const TestUser &stored = **found;
    QCOMPARE(stored.id, user.id);
    QCOMPARE(stored.email, user.email); // stored as given, not normalized
    QCOMPARE(stored.displayName, user.displayName);
    QCOMPARE(stored.passwordHash, user.passwordHash);
    QCOMPARE(stored.banned, user.banned);
    QCOMPARE(stored.lockedUntil, user.lockedUntil);
    QCOMPARE(stored.lockedUntil.isNull(), user.lockedUntil.isNull());
    QCOMPARE(stored.failedLogins, user.failedLogins);
    QCOMPARE(stored.failedLoginsSince, user.failedLoginsSince);
    QCOMPARE(stored.createdAt, user.createdAt);
    QCOMPARE(stored.revokedAllAt, user.revokedAllAt);
    QVERIFY(stored == user);
}

void TestTestUserRepository::findByEmailIgnoresCase()
{
    const TestUser user = makeUser(QStringLiteral("Joe@Example.com"));
    QVERIFY(m_repository->insert(user));
    for (const QString &email : { QStringLiteral("joe@example.com"), QStringLiteral("JOE@EXAMPLE.COM"),
             QStringLiteral("  Joe@example.Com ") }) {
        const Result<std::optional<TestUser>> found = m_repository->findByEmail(email);
        QVERIFY(found);
        QVERIFY2(found->has_value(), qPrintable(email));
        QCOMPARE((*found)->id, user.id);
    }
    QVERIFY(!m_repository->findByEmail(QStringLiteral("jo@example.com"))->has_value());
    QVERIFY(!m_repository->findById(QStringLiteral("nobody"))->has_value());
}

void TestTestUserRepository::emailIsUniqueRegardlessOfCase()
{
    QVERIFY(m_repository->insert(makeUser(QStringLiteral("Joe@Example.com"))));
    const Result<void> inserted = m_repository->insert(makeUser(QStringLiteral("joe@EXAMPLE.com")));
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::Conflict);
    QCOMPARE(inserted.error().message(), QStringLiteral("A test user with this e-mail already exists."));
    QCOMPARE(*m_repository->count(QString()), 1);
}

void TestTestUserRepository::insertAllIsAllOrNothing()
{
    QVERIFY(m_repository->insert(makeUser(QStringLiteral("taken@example.com"))));
    const QList<TestUser> batch = { makeUser(QStringLiteral("a@example.com")),
        makeUser(QStringLiteral("TAKEN@example.com")), makeUser(QStringLiteral("b@example.com")) };
    const Result<void> inserted = m_repository->insertAll(batch);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::Conflict);
    QVERIFY(inserted.error().message().contains(QLatin1String("TAKEN@example.com")));
    QCOMPARE(*m_repository->count(QString()), 1);

    // A duplicate inside the batch is caught as well.
    const QList<TestUser> twice
        = { makeUser(QStringLiteral("c@example.com")), makeUser(QStringLiteral("C@example.com")) };
    QCOMPARE(m_repository->insertAll(twice).error().code(), Error::Code::Conflict);
    QCOMPARE(*m_repository->count(QString()), 1);

    QList<TestUser> many;
    for (int i = 0; i < 100; ++i)
        many << makeUser(QStringLiteral("user%1@example.com").arg(i));
    QVERIFY(m_repository->insertAll(many));
    QCOMPARE(*m_repository->count(QString()), 101);
    QVERIFY(m_repository->insertAll({}));
}

void TestTestUserRepository::updateWritesAllButIdentity()
{
    const TestUser original = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(original));
    TestUser changed = original;
    changed.email = QStringLiteral("Joseph@Example.com");
    changed.displayName = QStringLiteral("Joseph");
    changed.passwordHash = QByteArrayLiteral("$argon2id$new");
    changed.banned = true;
    changed.lockedUntil = T0.addSecs(5);
    changed.failedLogins = 3;
    changed.failedLoginsSince = T0;
    changed.revokedAllAt = T0.addSecs(1);
    changed.createdAt = T0.addDays(-1); // not written
    QVERIFY(m_repository->update(changed));

    TestUser expected = changed;
    expected.createdAt = original.createdAt;
    QVERIFY(**m_repository->findById(original.id) == expected);
    QCOMPARE((*m_repository->findByEmail(QStringLiteral("joseph@example.com")))->id, original.id);
    QVERIFY(!m_repository->findByEmail(QStringLiteral("joe@example.com"))->has_value());
}

void TestTestUserRepository::updateConflictsAndNotFound()
{
    const TestUser joe = makeUser(QStringLiteral("joe@example.com"));
    TestUser ann = makeUser(QStringLiteral("ann@example.com"));
    QVERIFY(m_repository->insertAll({ joe, ann }));
    ann.email = QStringLiteral("JOE@example.com");
    const Result<void> updated = m_repository->update(ann);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code(), Error::Code::Conflict);

    const Result<void> missing = m_repository->update(makeUser(QStringLiteral("new@example.com")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
}

void TestTestUserRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty text lists all")
        << QString()
        << QStringList({ QStringLiteral("a_b@x.test"), QStringLiteral("axb@x.test"), QStringLiteral("Joe@Example.com"),
               QStringLiteral("k@x.test"), QStringLiteral("pct@x.test") });
    QTest::addRow("e-mail any case") << QStringLiteral("EXAMPLE") << QStringList({ QStringLiteral("Joe@Example.com") });
    QTest::addRow("display name any case")
        << QStringLiteral("tester") << QStringList({ QStringLiteral("Joe@Example.com") });
    QTest::addRow("underscore is literal") << QStringLiteral("a_b") << QStringList({ QStringLiteral("a_b@x.test") });
    QTest::addRow("percent is literal") << QStringLiteral("100%") << QStringList({ QStringLiteral("pct@x.test") });
    QTest::addRow("escape character is literal")
        << QStringLiteral("wow!") << QStringList({ QStringLiteral("axb@x.test") });
    QTest::addRow("no match") << QStringLiteral("zzz") << QStringList();
}

void TestTestUserRepository::search()
{
    QVERIFY(m_repository->insertAll({
        makeUser(QStringLiteral("Joe@Example.com"), QStringLiteral("Joe Tester")),
        makeUser(QStringLiteral("axb@x.test"), QStringLiteral("Wow! Axb")),
        makeUser(QStringLiteral("a_b@x.test"), QStringLiteral("Ab")),
        makeUser(QStringLiteral("pct@x.test"), QStringLiteral("100% Sure")),
        makeUser(QStringLiteral("k@x.test"), QStringLiteral("1000 Club")),
    }));
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Result<QList<TestUser>> found = m_repository->search(text, 50, 0);
    QVERIFY(found);
    QCOMPARE(emailsOf(*found), expected);
    QCOMPARE(*m_repository->count(text), expected.size());
}

void TestTestUserRepository::searchPagesInEmailOrder()
{
    QList<TestUser> users;
    for (int i = 9; i >= 0; --i)
        users << makeUser(QStringLiteral("user%1@example.com").arg(i), QStringLiteral("User %1").arg(i));
    users << makeUser(QStringLiteral("other@example.com"), QStringLiteral("Other"));
    QVERIFY(m_repository->insertAll(users));

    const QList<TestUser> first = *m_repository->search(QStringLiteral("user"), 4, 0);
    const QList<TestUser> second = *m_repository->search(QStringLiteral("user"), 4, 4);
    const QList<TestUser> third = *m_repository->search(QStringLiteral("user"), 4, 8);
    QCOMPARE(emailsOf(first),
        QStringList({ QStringLiteral("user0@example.com"), QStringLiteral("user1@example.com"),
            QStringLiteral("user2@example.com"), QStringLiteral("user3@example.com") }));
    QCOMPARE(emailsOf(second).first(), QStringLiteral("user4@example.com"));
    QCOMPARE(
        emailsOf(third), QStringList({ QStringLiteral("user8@example.com"), QStringLiteral("user9@example.com") }));
    QVERIFY(m_repository->search(QStringLiteral("user"), 4, 12)->isEmpty());
    QCOMPARE(*m_repository->count(QStringLiteral("user")), 10);
    QCOMPARE(*m_repository->count(QString()), 11);
}

void TestTestUserRepository::searchRefusesNegativePages()
{
    QCOMPARE(m_repository->search(QString(), -1, 0).error().code(), Error::Code::InvalidArgument);
    QCOMPARE(m_repository->search(QString(), 10, -1).error().code(), Error::Code::InvalidArgument);
}

void TestTestUserRepository::remove()
{
    const TestUser user = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(user));
    QVERIFY(m_repository->remove(user.id));
    QVERIFY(!m_repository->findById(user.id)->has_value());
    QCOMPARE(m_repository->remove(user.id).error().code(), Error::Code::NotFound);
    // The e-mail is free again.
    QVERIFY(m_repository->insert(makeUser(QStringLiteral("JOE@example.com"))));
}

void TestTestUserRepository::failedLoginsCountWithinWindow()
{
    const TestUser user = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(user));
    constexpr qint64 Window = 900;

    Result<TestUser> stored = m_repository->registerFailedLogin(user.id, T0, Window, 10, 900);
    QVERIFY(stored);
    QCOMPARE(stored->failedLogins, 1);
    QCOMPARE(stored->failedLoginsSince, T0);
    QVERIFY(stored->lockedUntil.isNull());

    stored = m_repository->registerFailedLogin(user.id, T0.addSecs(100), Window, 10, 900);
    QCOMPARE(stored->failedLogins, 2);
    QCOMPARE(stored->failedLoginsSince, T0); // the window starts at the first failure

    // The window rolls: past the first failure's window only that one drops out.
    stored = m_repository->registerFailedLogin(user.id, T0.addSecs(Window + 1), Window, 10, 900);
    QCOMPARE(stored->failedLogins, 2);
    QCOMPARE(stored->failedLoginsSince, T0.addSecs(100));
    QVERIFY(stored->lockedUntil.isNull());

    // Past every failure's window the count starts again.
    stored = m_repository->registerFailedLogin(user.id, T0.addSecs(3 * Window), Window, 10, 900);
    QCOMPARE(stored->failedLogins, 1);
    QCOMPARE(stored->failedLoginsSince, T0.addSecs(3 * Window));
    QVERIFY(stored->lockedUntil.isNull());
    QVERIFY(**m_repository->findById(user.id) == *stored);
}

void TestTestUserRepository::failedLoginsLockAtThreshold()
{
    const TestUser user = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(user));
    Result<TestUser> stored = user;
    for (int i = 1; i <= 3; ++i) {
        stored = m_repository->registerFailedLogin(user.id, T0.addSecs(i), 900, 3, 600);
        QVERIFY(stored);
        QCOMPARE(stored->failedLogins, i);
        QCOMPARE(stored->lockedUntil.isValid(), i == 3);
    }
    QCOMPARE(stored->lockedUntil, T0.addSecs(3 + 600));
    QCOMPARE(stored->state(T0.addSecs(4)), TestUser::State::Locked);
    QCOMPARE(stored->state(T0.addSecs(3 + 600)), TestUser::State::Active);
}

void TestTestUserRepository::clearFailedLogins()
{
    const TestUser user = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(user));
    QVERIFY(m_repository->registerFailedLogin(user.id, T0, 900, 1, 600));
    QVERIFY((*m_repository->findById(user.id))->lockedUntil.isValid());
    QVERIFY(m_repository->clearFailedLogins(user.id));
    const TestUser stored = **m_repository->findById(user.id);
    QCOMPARE(stored.failedLogins, 0);
    QVERIFY(stored.failedLoginsSince.isNull());
    QVERIFY(stored.lockedUntil.isNull());
    QCOMPARE(stored.state(T0), TestUser::State::Active);
    QCOMPARE(m_repository->clearFailedLogins(QStringLiteral("nobody")).error().code(), Error::Code::NotFound);
}

void TestTestUserRepository::failedLoginOfUnknownUserIsNotFound()
{
    const Result<TestUser> stored = m_repository->registerFailedLogin(QStringLiteral("nobody"), T0, 900, 10, 900);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code(), Error::Code::NotFound);
}

void TestTestUserRepository::setRevokedAllAt()
{
    const TestUser user = makeUser(QStringLiteral("joe@example.com"));
    QVERIFY(m_repository->insert(user));
    QVERIFY(m_repository->setRevokedAllAt(user.id, T0.addSecs(30)));
    QCOMPARE((*m_repository->findById(user.id))->revokedAllAt, T0.addSecs(30));
    QCOMPARE(m_repository->setRevokedAllAt(QStringLiteral("nobody"), T0).error().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestTestUserRepository)
#include "tst_testuserrepository.moc"
