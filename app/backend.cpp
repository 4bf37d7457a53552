#include "backend.h"

#include "crypto/keychainstore.h"
#include "crypto/keyfile.h"
#include "crypto/sodium.h"
#include "domain/clock.h"
#include "server/authserver.h"
#include "services/servicehub.h"
#include "services/testcontrols.h"
#include "storage/database.h"
#include "storage/databasefile.h"

#include <QDir>

namespace authdesk {

Backend::Backend() = default;

Backend::~Backend()
{
    // The server's threads use the services; stop them before the services go away.
    if (m_server)
        m_server->stop();
}

Result<std::unique_ptr<Backend>> Backend::open(const BackendOptions &options)
{
    if (const Result<void> sodium = Sodium::initialize(); !sodium)
        return sodium.error();

    std::unique_ptr<Backend> backend(new Backend);
    backend->m_clock = std::make_unique<SystemClock>();

    // The key first: without one AuthDesk cannot start, and then it must not have created a database.
    const Result<QByteArray> kek = backend->loadKek(options);
    if (!kek)
        return kek.error();

    Result<std::unique_ptr<Database>> database = openDatabase(options);
    if (!database)
        return database.error();
    backend->m_database = std::move(database).value();

    backend->m_services = std::make_unique<ServiceHub>(*backend->m_database, *backend->m_clock);
    // Another process (the CLI, another console) may move the clock or add faults at any time.
    backend->m_services->testControls().startWatching();
    if (const Result<void> keys = backend->m_services->loadKeys(*kek); !keys)
        return keys.error();

    backend->m_server = std::make_unique<AuthServer>(ServerServices::from(*backend->m_services));
    return backend;
}

Result<std::unique_ptr<Database>> Backend::openDatabase(const BackendOptions &options)
{
    if (options.postgres)
        return Database::openPostgres(*options.postgres);
    return Database::openSqlite(options.databasePath.isEmpty() ? DatabaseFile::defaultPath() : options.databasePath);
}

Result<QByteArray> Backend::loadKek(const BackendOptions &options)
{
    if (!options.keyFile.isEmpty()) {
        m_keyLocation = tr("the key file %1").arg(QDir::toNativeSeparators(options.keyFile));
        return KeyFile::loadOrCreate(options.keyFile);
    }
    const KeychainStore keychain;
    if (const Result<void> probed = keychain.probe(); !probed)
        return probed.error();
    m_keyLocation = keychain.description();
    return keychain.loadOrCreateKek();
}

} // namespace authdesk
