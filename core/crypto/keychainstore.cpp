#include "crypto/keychainstore.h"

#include "crypto/cryptolog.h"
#include "crypto/digest.h"
#include "crypto/sodium.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace authdesk {

namespace {

using namespace std::chrono_literals;

constexpr auto JobTimeout = 10s;
constexpr qsizetype KekSize = 32;
const QString ProbeEntry = QStringLiteral("probe");
const QString KekEntry = QStringLiteral("key-encryption-key");

// What a finished (or abandoned) keychain job left behind.
struct JobOutcome
{
    bool timedOut = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs one job to its end. QtKeychain only answers through signals, and the callers run at start-up
// before the application's event loop runs, so a local event loop is the one way to wait; with no
// application loop running yet, there are no handlers for it to re-enter.
JobOutcome run(std::unique_ptr<QKeychain::Job> job)
{
    if (QThread::currentThread()->loopLevel() > 0)
        qCWarning(lcCrypto) << "A keychain call is waiting inside a running event loop; make it at start-up instead";

    JobOutcome outcome;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    job->setAutoDelete(false);
    job->start();
    timeout.start(JobTimeout);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // The backend still holds the job and will answer some day: deleting it now would leave the
        // backend with a dangling pointer, so it deletes itself when it finishes.
        job.release()->setAutoDelete(true);
        outcome.timedOut = true;
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if (const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job.get()))
        outcome.data = readJob->binaryData();
    return outcome;
}

JobOutcome read(const QString &service, const QString &key)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(service);
    job->setKey(key);
    return run(std::move(job));
}

JobOutcome write(const QString &service, const QString &key, const QByteArray &data)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(service);
    job->setKey(key);
    job->setBinaryData(data);
    return run(std::move(job));
}

JobOutcome remove(const QString &service, const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(service);
    job->setKey(key);
    return run(std::move(job));
}

bool failed(const JobOutcome &outcome)
{
    return outcome.timedOut || outcome.error != QKeychain::NoError;
}

Error unavailable(const QString &reason)
{
    return Error(Error::Code::KeychainUnavailable,
        KeychainStore::tr("No usable keychain (Secret Service) was found: %1. Start a keyring such as "
                          "gnome-keyring and unlock it, or pass --key-file FILE to keep the key in a file instead.")
            .arg(reason));
}

// QtKeychain 0.13 reports nearly every failure as OtherError, so its own words are the most useful
// thing to show.
QString reasonOf(const JobOutcome &outcome)
{
    if (outcome.timedOut)
        return KeychainStore::tr("it did not answer within %n second(s); it may be waiting for someone to unlock it",
            nullptr, static_cast<int>(JobTimeout.count()));
    return KeychainStore::tr("it answered \"%1\"").arg(outcome.errorString);
}

// The advice covers the usual cause on a server: no keyring is running.
Error unavailable(const JobOutcome &outcome)
{
    return unavailable(reasonOf(outcome));
}

// For named secrets: the --key-file advice is about the KEK only, so it is left out.
Error secretUnavailable(const QString &name, const JobOutcome &outcome)
{
    return Error(Error::Code::KeychainUnavailable,
        KeychainStore::tr("The keychain (Secret Service) could not keep the entry \"%1\": %2. Start a keyring "
                          "such as gnome-keyring and unlock it, then try again.")
            .arg(name, reasonOf(outcome)));
}

} // namespace

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{ }

Result<void> KeychainStore::probe() const
{
    const QByteArray value = Sodium::randomBytes(16);
    if (const JobOutcome written = write(m_service, ProbeEntry, value); failed(written))
        return unavailable(written);

    const JobOutcome readBack = read(m_service, ProbeEntry);
    if (failed(readBack))
        return unavailable(readBack);
    if (!digest::equalConstantTime(readBack.data, value))
        return unavailable(tr("a test entry read back differs from what was written to it"));

    if (const JobOutcome removed = remove(m_service, ProbeEntry); failed(removed))
        return unavailable(removed);
    qCDebug(lcCrypto) << "Keychain probe passed for service" << m_service;
    return {};
}

Result<QByteArray> KeychainStore::loadOrCreateKek() const
{
    JobOutcome stored = read(m_service, KekEntry);
    if (!stored.timedOut && stored.error == QKeychain::EntryNotFound) {
        if (const JobOutcome written = write(m_service, KekEntry, Sodium::randomBytes(KekSize)); failed(written))
            return unavailable(written);
        qCInfo(lcCrypto) << "Created a new key-encryption key in the keychain, service" << m_service;
        // Read it back rather than trusting the write: if another instance created one at the same
        // moment, both now use whichever was stored last instead of each keeping its own.
        stored = read(m_service, KekEntry);
    }
    if (failed(stored))
        return unavailable(stored);
    if (stored.data.size() != KekSize) {
        // Never overwrite it: whatever was encrypted under it would be lost for good.
        return Error(Error::Code::KeychainUnavailable,
            tr("The keychain entry \"%1\" of service %2 holds %3 bytes instead of %4, so it is not an AuthDesk "
               "key-encryption key. It was left unchanged; remove it yourself if it is not needed.")
                .arg(KekEntry, m_service)
                .arg(stored.data.size())
                .arg(KekSize));
    }
    return std::move(stored.data);
}

Result<void> KeychainStore::storeSecret(const QString &name, const QByteArray &secret) const
{
    if (const JobOutcome written = write(m_service, name, secret); failed(written))
        return secretUnavailable(name, written);
    return {};
}

Result<std::optional<QByteArray>> KeychainStore::readSecret(const QString &name) const
{
    JobOutcome stored = read(m_service, name);
    if (!stored.timedOut && stored.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (failed(stored))
        return secretUnavailable(name, stored);
    return std::optional<QByteArray>(std::move(stored.data));
}

Result<void> KeychainStore::removeSecret(const QString &name) const
{
    const JobOutcome removed = remove(m_service, name);
    if (!removed.timedOut && removed.error == QKeychain::EntryNotFound)
        return {};
    if (failed(removed))
        return secretUnavailable(name, removed);
    return {};
}

QString KeychainStore::description() const
{
    return tr("the Secret Service keychain (service %1)").arg(m_service);
}

} // namespace authdesk
