#pragma once

#include "httpclient.h"
#include "manualclock.h"
#include "server/httplimits.h"
#include "testdatabase.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace authdesk {

class AuthServer;
class Database;
class ServiceHub;

// A real AuthDesk for one test: a fresh database (a SQLite file, or a PostgreSQL database with
// AUTHDESK_TEST_ENGINE=postgres; see TestDatabase), every service over it, and the
// HTTP server on 127.0.0.1 port 0. Only the clocks are fake, so tests move time instead of sleeping:
// clock() for the tokens' times, steadyClock() for the server's deadlines and rate limit (unless
// the options name a steady clock of their own).
// It seeds the spec's example applications and user (see the constants below).
class ApiFixture
{
public:
    static constexpr char MarketplaceClientId[] = "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11";
    static constexpr char MarketplaceSecret[] = "optional-plain-secret";
    static constexpr char IntegrationClientId[] = "2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44";
    static constexpr char IntegrationSecret[] = "another-plain-secret";
    static constexpr char UserEmail[] = "joe@example.com";
    static constexpr char UserPassword[] = "secret pass&=+";

    ApiFixture();
    // With other limits, pool or rate limit than the spec's defaults (e.g. short timeouts).
    explicit ApiFixture(const ServerOptions &options);
    ~ApiFixture();

    // False (with a QWARN) when any part could not start.
    bool start();
    // Everything but the HTTP server: the database and the services over it, seeded. For the
    // socket-less suites that call the services directly (start() runs this first).
    bool startServices();

    ManualClock &clock() { return m_clock; }
    ManualSteadyClock &steadyClock() { return m_steadyClock; }
    ServiceHub &services() { return *m_services; }
    Database &database() { return *m_database; }
    AuthServer &server() { return *m_server; }
    quint16 port() const;
    HttpClient &http() { return *m_http; }
    // The SQLite file (SQLite runs only).
    QString databasePath() const { return m_testDatabase.sqlitePath(); }
    const TestDatabase &testDatabase() const { return m_testDatabase; }

    // POST /v1/auth/token with a form body.
    HttpReply token(const QByteArray &form, const HttpClient::Headers &headers = {});
    // A password login of the seeded user; returns the JSON answer (empty on failure).
    QJsonObject login();

private:
    ServerOptions m_options;
    TestDatabase m_testDatabase;
    ManualClock m_clock;
    ManualSteadyClock m_steadyClock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServiceHub> m_services;
    std::unique_ptr<AuthServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

} // namespace authdesk
