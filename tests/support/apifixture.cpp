#include "apifixture.h"

#include "crypto/sodium.h"
#include "exampleseed.h"
#include "server/authserver.h"
#include "services/seedimporter.h"
#include "services/servicehub.h"
#include "storage/database.h"

#include <QTest>

namespace authdesk {

ApiFixture::ApiFixture() = default;

ApiFixture::ApiFixture(const ServerOptions &options)
    : m_options(options)
{ }

quint16 ApiFixture::port() const
{
    return m_server ? m_server->port() : 0;
}

ApiFixture::~ApiFixture()
{
    if (m_server)
        m_server->stop();
}

bool ApiFixture::start()
{
    if (!m_services && !startServices())
        return false;
    // The server's tests run with 1 and with 2 network threads (tests/server/CMakeLists.txt).
    if (const int threads = qEnvironmentVariableIntValue("AUTHDESK_TEST_NETWORK_THREADS"); threads > 0)
        m_options.networkThreads = threads;
    if (!m_options.steadyClock)
        m_options.steadyClock = &m_steadyClock;
    m_server = std::make_unique<AuthServer>(ServerServices::from(*m_services), m_options);
    const Result<quint16> port = m_server->start(QHostAddress(QHostAddress::LocalHost), 0);
    if (!port) {
        qWarning("server: %s", qPrintable(port.error().message()));
        return false;
    }
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    return true;
}

bool ApiFixture::startServices()
{
    if (!Sodium::initialize())
        return false;
    Result<std::unique_ptr<Database>> database = m_testDatabase.open();
    if (!database) {
        qWarning("database: %s", qPrintable(database.error().message()));
        return false;
    }
    m_database = std::move(database).value();
    // The server's steady clock (start() gives the server the same one) also ages the services' caches.
    if (!m_options.steadyClock)
        m_options.steadyClock = &m_steadyClock;
    m_services = std::make_unique<ServiceHub>(*m_database, m_clock, *m_options.steadyClock);
    if (const Result<void> keys = m_services->loadKeys(Sodium::randomBytes(32)); !keys) {
        qWarning("keys: %s", qPrintable(keys.error().message()));
        return false;
    }
    const Result<Seed> seed = SeedImporter::parse(exampleSeed());
    if (!seed) {
        qWarning("seed: %s", qPrintable(seed.error().message()));
        return false;
    }
    SeedImporter importer(*m_services);
    if (const Result<SeedReport> report = importer.import(*seed, QStringLiteral("test")); !report) {
        qWarning("seed import: %s", qPrintable(report.error().message()));
        return false;
    }
    return true;
}

HttpReply ApiFixture::token(const QByteArray &form, const HttpClient::Headers &headers)
{
    return m_http->postForm(QStringLiteral("/v1/auth/token"), form, headers);
}

QJsonObject ApiFixture::login()
{
    const HttpReply reply = token(
        QByteArrayLiteral(
            "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user&client_id=")
        + MarketplaceClientId);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

} // namespace authdesk
