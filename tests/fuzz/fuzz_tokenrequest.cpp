// libFuzzer target over the request decoding and the token pipeline (issue 6), and the Transit reader
// of the sign-up stand-ins (issue 12): the fuzzer chooses a
// Content-Type, an Authorization header and a body; they go through FormDecoder, ClientCredentialsReader,
// TokenService::handle and RevocationService::revoke, as the token and revoke endpoints do, against a
// ServiceHub over a temporary SQLite database seeded once with the spec's example applications and user.
//
// Input format (the corpus files are written this way): line 1 the Content-Type, line 2 the
// Authorization header, everything after the second '\n' the body. Missing lines are empty.
//
// Built twice: with clang and -fsanitize=fuzzer,address,undefined as `fuzz_tokenrequest`
// (scripts/fuzz, AUTHDESK_FUZZ=ON), and with the normal compiler as `fuzz_tokenrequest_replay`,
// whose main() (replaymain.cpp) feeds the corpus and tests/fuzz/regressions/ to the same function.
#include "../support/exampleseed.h"
#include "domain/clock.h"
#include "server/clientcredentialsreader.h"
#include "server/formdecoder.h"
#include "server/transitreader.h"
#include "services/revocationservice.h"
#include "services/seedimporter.h"
#include "services/servicehub.h"
#include "services/tokenservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace authdesk;

namespace {

const QStringList TokenParameters { QStringLiteral("grant_type"), QStringLiteral("client_id"),
    QStringLiteral("client_secret"), QStringLiteral("scope"), QStringLiteral("username"), QStringLiteral("password"),
    QStringLiteral("refresh_token"), QStringLiteral("subject_token"), QStringLiteral("subject_token_type") };
const QStringList RevokeParameters { QStringLiteral("token"), QStringLiteral("token_type_hint"),
    QStringLiteral("client_id"), QStringLiteral("client_secret") };

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "fuzz_tokenrequest: %s: %s\n", what, qPrintable(why));
    std::abort();
}

struct Harness
{
    Harness()
    {
        // A RAM-backed folder when there is one: every grant is a synchronous=FULL transaction.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/authdesk-fuzz-XXXXXX"));
        if (!dir->isValid())
            die("temporary folder", dir->errorString());
        auto opened = Database::openSqlite(dir->filePath(QStringLiteral("fuzz.db")));
        if (!opened)
            die("database", opened.error().message());
        database = std::move(*opened);
        hub = std::make_unique<ServiceHub>(*database, clock);
        if (auto loaded = hub->loadKeys(QByteArray(32, 'k')); !loaded)
            die("signing key", loaded.error().message());
        // No lockout: a fuzzer that fails ten logins must not shut the password grant for the run.
        hub->setLockoutPolicy(LockoutPolicy { 1 << 30, 1, 1 });
        auto seed = SeedImporter::parse(exampleSeed());
        if (!seed)
            die("seed", seed.error().message());
        if (auto imported = SeedImporter(*hub).import(*seed, QStringLiteral("fuzz")); !imported)
            die("seed import", imported.error().message());
    }

    SystemClock clock;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceHub> hub;
};

Harness &harness()
{
    static int argc = 1;
    static char name[] = "fuzz_tokenrequest";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static Harness instance;
    return instance;
}

// argon2id costs tens of milliseconds and its floor cannot be lowered, so while fuzzing only one
// password grant in 64 goes through it; the replay runner (AUTHDESK_FUZZ_REPLAY) runs every input whole.
bool runPasswordGrant()
{
#ifdef AUTHDESK_FUZZ_REPLAY
    return true;
#else
    static unsigned counter = 0;
    return counter++ % 64 == 0;
#endif
}

// What the token endpoint does after its checks 1 to 6.
void tokenRequest(Harness &h, const QByteArray &authorization, const QByteArray &body)
{
    const auto decoded = FormDecoder::decode(body, TokenParameters);
    const auto *form = std::get_if<DecodedForm>(&decoded);
    if (!form)
        return;
    const auto credentials = ClientCredentialsReader::read(authorization, *form);
    const auto *client = std::get_if<ClientCredentials>(&credentials);
    if (!client)
        return;
    TokenRequest request;
    request.parameters = form->values;
    request.client = *client;
    request.issuer = QStringLiteral("http://127.0.0.1:8787");
    if (request.parameter(QStringLiteral("grant_type")) == QLatin1String("password") && !runPasswordGrant())
        return;
    const TokenResult result = h.hub->tokens().handle(request);
    const auto *issued = std::get_if<IssuedTokens>(&result);
    if (!issued || issued->refreshToken.isEmpty())
        return;

    // A live family: rotate it, present the predecessor again (the grace window), then revoke it
    // with the SDK's Bearer form, so the deeper paths run on every input that gets that far.
    TokenRequest refresh;
    refresh.client.clientId = client->clientId;
    refresh.client.method = ClientCredentials::Method::Body;
    refresh.issuer = request.issuer;
    refresh.parameters.insert(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    refresh.parameters.insert(QStringLiteral("refresh_token"), QString::fromLatin1(issued->refreshToken));
    if (request.parameters.contains(QStringLiteral("scope")))
        refresh.parameters.insert(QStringLiteral("scope"), request.parameter(QStringLiteral("scope")));
    const TokenResult rotated = h.hub->tokens().handle(refresh);
    const TokenResult again = h.hub->tokens().handle(refresh);
    QByteArray access = issued->accessToken;
    QByteArray refreshToken = issued->refreshToken;
    if (const auto *next = std::get_if<IssuedTokens>(&again)) {
        access = next->accessToken;
        refreshToken = next->refreshToken;
    } else if (const auto *first = std::get_if<IssuedTokens>(&rotated)) {
        access = first->accessToken;
        refreshToken = first->refreshToken;
    }
    RevocationRequest revocation;
    revocation.bearerPresent = true;
    revocation.bearerToken = access;
    revocation.token = refreshToken;
    (void)h.hub->revocation().revoke(revocation);
}

// What the revoke endpoint does after its size and content-type checks.
void revokeRequest(Harness &h, const QByteArray &authorization, const QByteArray &body)
{
    const auto decoded = FormDecoder::decode(body, RevokeParameters);
    const auto *form = std::get_if<DecodedForm>(&decoded);
    if (!form)
        return;
    RevocationRequest revocation;
    revocation.token = form->values.value(QStringLiteral("token")).toUtf8();
    revocation.tokenTypeHint = form->values.value(QStringLiteral("token_type_hint"));
    if (authorization.left(7).toLower() == "bearer ") {
        revocation.bearerPresent = true;
        revocation.bearerToken = authorization.mid(7).trimmed();
    } else {
        const auto credentials = ClientCredentialsReader::read(authorization, *form);
        const auto *client = std::get_if<ClientCredentials>(&credentials);
        if (!client)
            return;
        revocation.client = *client;
    }
    (void)h.hub->revocation().revoke(revocation);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The services log refused grants at info/warning level; a fuzzer run would drown in them.
    QLoggingCategory::setFilterRules(QStringLiteral("authdesk.*=false"));
    harness();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Harness &h = harness();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype firstBreak = input.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : input.indexOf('\n', firstBreak + 1);
    const QByteArray contentType = firstBreak < 0 ? input : input.left(firstBreak);
    const QByteArray authorization = firstBreak < 0
        ? QByteArray()
        : input.mid(firstBreak + 1, secondBreak < 0 ? -1 : secondBreak - firstBreak - 1);
    const QByteArray body = secondBreak < 0 ? QByteArray() : input.mid(secondBreak + 1);

    // The sign-up stand-ins read Transit JSON: every body goes through that reader too, which must
    // refuse what it cannot read and never crash.
    (void)TransitReader::read(body);
    // Single components too: decodeComponent is what every value goes through.
    (void)FormDecoder::decodeComponent(body.left(FormDecoder::MaxParameterLength + 8));
    if (!FormDecoder::isFormContentType(contentType))
        return 0;
    tokenRequest(h, authorization, body);
    revokeRequest(h, authorization, body);
    return 0;
}
