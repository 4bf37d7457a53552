#include "crypto/keyfile.h"
#include "crypto/sodium.h"
#include "files.h"
#include "tempdir.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace authdesk;

namespace {

bool writeFile(const QString &path, const QByteArray &content, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}

// Sets the process umask for one scope.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_previous(::umask(mask))
    { }
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsOwnerOnlyFileWith32Bytes();
    void loadsTheSameKeyAgain();
    void createsOwnerOnlyFileWhateverTheUmask();
    void eachNewFileGetsItsOwnKey();
    void refusesWideMode_data();
    void refusesWideMode();
    void acceptsOwnerOnlyModes_data();
    void acceptsOwnerOnlyModes();
    void refusesWrongSize_data();
    void refusesWrongSize();
    void refusesDirectory();
    void refusesFifoWithoutHanging();
    void refusesMissingFolder();
    void refusesEmptyPath();

private:
    static void checkRefusal(const Result<QByteArray> &result, const QString &path);
};

void TestKeyFile::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestKeyFile::checkRefusal(const Result<QByteArray> &result, const QString &path)
{
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
    QVERIFY2(result.error().message().contains(path), qPrintable(result.error().message()));
}

void TestKeyFile::createsOwnerOnlyFileWith32Bytes()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    const Result<QByteArray> key = KeyFile::loadOrCreate(path);
    QVERIFY(key);
    QCOMPARE(key->size(), 32);
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(readFile(path), *key);
    // The temporary file it was written to first is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("kek") });
}

void TestKeyFile::loadsTheSameKeyAgain()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    const Result<QByteArray> created = KeyFile::loadOrCreate(path);
    QVERIFY(created);
    const Result<QByteArray> loaded = KeyFile::loadOrCreate(path);
    QVERIFY(loaded);
    QCOMPARE(*loaded, *created);
    QCOMPARE(fileMode(path), 0600);
}

void TestKeyFile::createsOwnerOnlyFileWhateverTheUmask()
{
    const TempDir dir;
    for (const mode_t mask : { mode_t(0), mode_t(022), mode_t(0277) }) {
        const QString path = dir.filePath(QStringLiteral("kek-%1").arg(mask, 0, 8));
        {
            const UmaskGuard guard(mask);
            QVERIFY(KeyFile::loadOrCreate(path));
        }
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(KeyFile::loadOrCreate(path));
    }
}

void TestKeyFile::eachNewFileGetsItsOwnKey()
{
    const TempDir dir;
    const Result<QByteArray> a = KeyFile::loadOrCreate(dir.filePath(QStringLiteral("a")));
    const Result<QByteArray> b = KeyFile::loadOrCreate(dir.filePath(QStringLiteral("b")));
    QVERIFY(a && b);
    QCOMPARE_NE(*a, *b);
}

void TestKeyFile::refusesWideMode_data()
{
    QTest::addColumn<int>("mode");
    for (const int mode : { 0644, 0640, 0604, 0660, 0620, 0602, 0666, 0610 })
        QTest::addRow("%o", mode) << mode;
}

void TestKeyFile::refusesWideMode()
{
    QFETCH(int, mode);
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    const QByteArray content = Sodium::randomBytes(32);
    QVERIFY(writeFile(path, content, mode));

    const Result<QByteArray> key = KeyFile::loadOrCreate(path);
    checkRefusal(key, path);
    QVERIFY2(key.error().message().contains(QStringLiteral("chmod 600 ") + path), qPrintable(key.error().message()));
    QVERIFY(key.error().message().contains(QString::number(mode, 8)));
    // Refused, not repaired: the file is exactly as it was.
    QCOMPARE(fileMode(path), mode);
    QCOMPARE(readFile(path), content);
}

void TestKeyFile::acceptsOwnerOnlyModes_data()
{
    QTest::addColumn<int>("mode");
    for (const int mode : { 0600, 0400, 0700 })
        QTest::addRow("%o", mode) << mode;
}

void TestKeyFile::acceptsOwnerOnlyModes()
{
    QFETCH(int, mode);
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    const QByteArray content = Sodium::randomBytes(32);
    QVERIFY(writeFile(path, content, mode));
    const Result<QByteArray> key = KeyFile::loadOrCreate(path);
    QVERIFY(key);
    QCOMPARE(*key, content);
}

void TestKeyFile::refusesWrongSize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 0, 1, 31, 33, 64, 4096 })
        QTest::addRow("%d bytes", size) << size;
}

void TestKeyFile::refusesWrongSize()
{
    QFETCH(int, size);
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    const QByteArray content = Sodium::randomBytes(size);
    QVERIFY(writeFile(path, content, 0600));

    checkRefusal(KeyFile::loadOrCreate(path), path);
    QCOMPARE(readFile(path), content);
    QCOMPARE(fileMode(path), 0600);
}

void TestKeyFile::refusesDirectory()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    QVERIFY(QDir().mkdir(path));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0700) == 0);

    checkRefusal(KeyFile::loadOrCreate(path), path);
    QVERIFY(QDir(path).isEmpty());
    QCOMPARE(fileMode(path), 0700);
}

void TestKeyFile::refusesFifoWithoutHanging()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    checkRefusal(KeyFile::loadOrCreate(path), path);
}

void TestKeyFile::refusesMissingFolder()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/kek"));
    checkRefusal(KeyFile::loadOrCreate(path), path);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestKeyFile::refusesEmptyPath()
{
    const Result<QByteArray> key = KeyFile::loadOrCreate(QString());
    QVERIFY(!key);
    QCOMPARE(key.error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
