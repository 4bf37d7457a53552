#include "server/routes.h"

#include "domain/clock.h"
#include "server/apiendpoints.h"
#include "server/apiserver.h"
#include "server/builtinidpendpoint.h"
#include "server/commitbatcher.h"
#include "server/faultinjection.h"
#include "server/guardedsocket.h"
#include "server/hashingpool.h"
#include "server/jsonreply.h"
#include "server/loginasendpoint.h"
#include "server/requestfacts.h"
#include "server/tokenendpoint.h"
#include "services/builtinidp.h"
#include "services/corspolicy.h"
#include "services/healthservice.h"
#include "services/requestlog.h"
#include "services/testcontrols.h"

#include <QCoreApplication>
#include <QHash>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace authdesk {

namespace {

using Method = QHttpServerRequest::Method;
using Methods = QHttpServerRequest::Methods;
using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
// A handler that may answer later, from another thread (the safe deferred pattern of the platform note).
using Responding = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

const QByteArray AllowedRequestHeaders = QByteArrayLiteral("Authorization, Content-Type, Accept, X-Transit-Verbose");

// Exactly {"error":"origin_not_allowed"} (spec section 6), and no echo of the origin (section 3): the
// request log names the refused origin for the developer.
QHttpServerResponse originNotAllowed()
{
    QHttpServerResponse response = jsonreply::error(apierrors::OriginNotAllowed);
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    return response;
}

QHttpServerResponse hostNotAllowed()
{
    return jsonreply::error(apierrors::HostNotAllowed);
}

// Check 2 of spec section 3, before any work: the Host guard (section 5, DNS rebinding), then the
// Origin rule of section 6. A browser request from an origin that is not allowed does no work; an
// allowed one gets CORS headers on every answer, errors and 401s included.
class CorsGuard
{
public:
    CorsGuard(const CorsPolicy *policy, HostGuard hostGuard, RequestLog *log, const Clock *clock)
        : m_policy(policy)
        , m_hostGuard(hostGuard)
        , m_log(log)
        , m_clock(clock)
    { }

    // The 403 for a request that must do no work, if it is one; logged.
    std::optional<QHttpServerResponse> refusal(const QHttpServerRequest &request) const
    {
        if (!m_hostGuard.allows(request.value(QByteArrayLiteral("Host"))))
            return refuseHost(request);
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        if (!origin.isEmpty() && !allowed(origin))
            return refuseOrigin(request);
        return std::nullopt;
    }

    // Whether refusal() would refuse the request, without logging it.
    bool refuses(const QHttpServerRequest &request) const
    {
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        return !m_hostGuard.allows(request.value(QByteArrayLiteral("Host"))) || (!origin.isEmpty() && !allowed(origin));
    }

    QHttpServerResponse refuseHost(const QHttpServerRequest &request) const
    {
        QHttpServerResponse response = hostNotAllowed();
        log(request, response,
            AuditReason("Routes",
                QT_TRANSLATE_NOOP("Routes", "the Host header \"%1\" does not name this server (DNS-rebinding defence)"),
                { QString::fromUtf8(request.value(QByteArrayLiteral("Host"))) }));
        return response;
    }

    QHttpServerResponse refuseOrigin(const QHttpServerRequest &request) const
    {
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        QHttpServerResponse response = originNotAllowed();
        if (m_log) {
            TokenDecision decision = facts(request);
            requestfacts::describeForm(request, decision);
            decision.reason = AuditReason("Routes",
                QT_TRANSLATE_NOOP(
                    "Routes", "the origin %1 is in neither the global list nor any application's allowed origins"),
                { QString::fromUtf8(origin) });
            record(std::move(decision), response);
        }
        return response;
    }

    // handlerLogs: the handler records its own decisions (the token and revocation endpoints).
    QHttpServerResponse handle(const QHttpServerRequest &request, const Handler &handler, bool handlerLogs) const
    {
        if (std::optional<QHttpServerResponse> refused = refusal(request))
            return std::move(*refused);
        QHttpServerResponse response = handler(request);
        decorate(response, request.value(QByteArrayLiteral("Origin")));
        if (!handlerLogs)
            logAnswer(request, response);
        return response;
    }

    // Every answer of a route that does not log its own, but a healthy /health: a load balancer's
    // probe every second would push the requests that matter out of the log.
    void logAnswer(const QHttpServerRequest &request, const QHttpServerResponse &response) const
    {
        if (response.statusCode() == QHttpServerResponse::StatusCode::Ok
            && request.url().path().endsWith(QLatin1String("/health")))
            return;
        log(request, response, {});
    }

    // One request as the console's Requests page shows it. The facts are taken now, on the network
    // thread: a request cannot be kept.
    TokenDecision facts(const QHttpServerRequest &request) const
    {
        TokenDecision decision;
        decision.at = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        requestfacts::describe(request, decision);
        decision.endpoint = decision.path;
        return decision;
    }

    void record(TokenDecision decision, const QHttpServerResponse &response) const
    {
        if (!m_log)
            return;
        requestfacts::describeAnswer(response, decision);
        m_log->record(decision);
    }

    void log(const QHttpServerRequest &request, const QHttpServerResponse &response, const AuditReason &reason) const
    {
        if (!m_log)
            return;
        TokenDecision decision = facts(request);
        decision.reason = reason;
        record(std::move(decision), response);
    }

    // Check 1 comes before the guard: a wrong method is a 405 whatever the Host or Origin; the CORS
    // headers only for an allowed origin.
    QHttpServerResponse methodNotAllowed(const QHttpServerRequest &request, const QByteArray &allow) const
    {
        QHttpServerResponse response = jsonreply::error(apierrors::MethodNotAllowed);
        response.setHeader(QByteArrayLiteral("Allow"), allow);
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        decorate(response, origin.isEmpty() || allowed(origin) ? origin : QByteArray());
        log(request, response,
            AuditReason(
                "Routes", QT_TRANSLATE_NOOP("Routes", "this path answers %1 only"), { QString::fromLatin1(allow) }));
        return response;
    }

    QHttpServerResponse preflight(const QHttpServerRequest &request, const QByteArray &allow) const
    {
        if (!m_hostGuard.allows(request.value(QByteArrayLiteral("Host"))))
            return refuseHost(request);
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        QHttpServerResponse response(QHttpServerResponse::StatusCode::NoContent);
        response.setHeader(QByteArrayLiteral("Allow"), allow);
        if (origin.isEmpty())
            return response;
        if (!allowed(origin))
            return refuseOrigin(request);
        log(request, response,
            AuditReason("Routes", QT_TRANSLATE_NOOP("Routes", "a preflight from an allowed origin")));
        decorate(response, origin);
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST"));
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), AllowedRequestHeaders);
        response.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
        return response;
    }

    static void decorate(QHttpServerResponse &response, const QByteArray &origin)
    {
        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
        if (origin.isEmpty())
            return;
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        response.setHeader(
            QByteArrayLiteral("Access-Control-Expose-Headers"), QByteArrayLiteral("WWW-Authenticate, Retry-After"));
    }

    RequestLog *requestLog() const { return m_log; }

    bool hostAllowed(const QHttpServerRequest &request) const
    {
        return m_hostGuard.allows(request.value(QByteArrayLiteral("Host")));
    }

    // Every path addRoute installed, with its Allow value: for the 405 to methods that QHttpServer
    // cannot route. Filled while the routes are installed, only read afterwards (from any thread).
    void addKnownPath(const QByteArray &path, const QByteArray &allow) { m_knownPaths.insert(path, allow); }

    // The Allow value of a request target's path, with or without the one-segment prefix of a
    // baseUrl such as http://127.0.0.1:8787/prefix; empty for a path the API does not have.
    QByteArray allowedOn(QByteArrayView target) const
    {
        const qsizetype query = target.indexOf('?');
        const QByteArray path = (query < 0 ? target : target.first(query)).toByteArray();
        if (const auto it = m_knownPaths.constFind(path); it != m_knownPaths.constEnd())
            return *it;
        const qsizetype second = path.indexOf('/', 1);
        if (path.startsWith('/') && second > 1)
            return m_knownPaths.value(path.mid(second));
        return {};
    }

private:
    bool allowed(const QByteArray &origin) const { return m_policy && m_policy->isAllowed(QString::fromUtf8(origin)); }

    const CorsPolicy *m_policy;
    HostGuard m_hostGuard;
    RequestLog *m_log;
    const Clock *m_clock;
    QHash<QByteArray, QByteArray> m_knownPaths;
};

QByteArray methodName(Method method)
{
    return method == Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
}

// One path of the API: the handler for its method, CORS preflight, 405 for every other method, and
// the same under a one-segment prefix (a baseUrl such as http://127.0.0.1:8787/prefix).
// 405 + Allow for every method a path does not answer (check 1, before the guard).
ApiServer::Responding refusal(const std::shared_ptr<CorsGuard> &cors, const QByteArray &allow)
{
    return [cors, allow](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        cors->methodNotAllowed(request, allow).write(std::move(responder));
    };
}

void addRoute(
    ApiServer &server, const std::shared_ptr<CorsGuard> &cors, const QString &path, Method method, Responding serve)
{
    const QByteArray allow = methodName(method) + QByteArrayLiteral(", OPTIONS");
    cors->addKnownPath(path.toUtf8(), allow);
    server.addRoute(path,
        { method, std::move(serve),
            [cors, allow](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                cors->preflight(request, allow).write(std::move(responder));
            },
            refusal(cors, allow) });
}

// A handler that answers at once, behind the guard. handlerLogs: it records its own decisions.
Responding serving(const std::shared_ptr<CorsGuard> &cors, Handler handler, bool handlerLogs = false)
{
    return [cors, handler = std::move(handler), handlerLogs](
               const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        cors->handle(request, handler, handlerLogs).write(std::move(responder));
    };
}

// handlerLogs: the handler records its own decisions in the request log.
void addRoute(ApiServer &server, const std::shared_ptr<CorsGuard> &cors, const QString &path, Method method,
    Handler handler, bool handlerLogs = false)
{
    addRoute(server, cors, path, method, serving(cors, std::move(handler), handlerLogs));
}

// The route of an endpoint the test kit's fault rules apply to ("token", "revoke", "api"): a matching
// request is answered with the rule's status, dropped, or served by inline (the same answer as
// serve's, at once on this thread; inlineLogs: it records its own decisions) and held for the delay.
// A request the guard refuses is refused as always; while no rule exists a request costs one atomic read.
Responding withFaults(const std::shared_ptr<CorsGuard> &cors, TestControls *controls, const QString &endpoint,
    Responding serve, Handler inline_, bool inlineLogs)
{
    if (!controls)
        return serve;
    return [cors, controls, endpoint, serve = std::move(serve), inline_ = std::move(inline_), inlineLogs](
               const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        std::optional<FaultRule> rule;
        if (controls->hasFaults() && !cors->refuses(request))
            rule = controls->take(faultinjection::target(endpoint, request));
        if (!rule) {
            serve(request, std::move(responder));
            return;
        }
        if (rule->action == FaultRule::Action::Delay) {
            auto response = std::make_shared<QHttpServerResponse>(cors->handle(request, inline_, inlineLogs));
            QTcpSocket *socket = responder.socket();
            if (auto *guarded = qobject_cast<GuardedSocket *>(socket))
                guarded->beginDeferredResponse();
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            // The socket is the timer's context: a client that leaves first cancels it.
            QTimer::singleShot(rule->delayMs, socket, [held, response, socket] {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    response->write(std::move(*held));
            });
            return;
        }
        TokenDecision decision = cors->facts(request);
        requestfacts::describeForm(request, decision);
        decision.parameters = RequestLog::redact(decision.parameters);
        decision.endpoint = endpoint == QLatin1String("api") ? decision.path : endpoint;
        decision.injected = true;
        if (rule->action == FaultRule::Action::Drop) {
            decision.status = 0;
            decision.reason = AuditReason("Routes", QT_TRANSLATE_NOOP("Routes", "fault rule %1 dropped the connection"),
                { QString::number(rule->id) });
            if (RequestLog *log = cors->requestLog())
                log->record(decision);
            responder.socket()->abort();
            return;
        }
        QHttpServerResponse response = faultinjection::answer(*rule);
        decision.reason = AuditReason("Routes", QT_TRANSLATE_NOOP("Routes", "fault rule %1 answered %2 on purpose"),
            { QString::number(rule->id), QString::number(rule->status) });
        cors->record(decision, response);
        CorsGuard::decorate(response, request.value(QByteArrayLiteral("Origin")));
        response.write(std::move(responder));
    };
}

// A page for people's browsers (GET and POST, no CORS): the Host guard, 405 for other methods, and the
// same under a one-segment prefix. A POST must come from a page of this server (its Origin, when the
// browser sends one, is this server's), on top of the page's own single-use form token.
void addPageRoute(ApiServer &server, const std::shared_ptr<CorsGuard> &cors, const QString &path, Handler handler)
{
    const QByteArray allow = QByteArrayLiteral("GET, POST");
    const auto serve = [cors, handler](const QHttpServerRequest &request) {
        if (!cors->hostAllowed(request))
            return cors->refuseHost(request);
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        if (request.method() == Method::Post && !origin.isEmpty()
            && origin != QByteArrayLiteral("http://") + request.value(QByteArrayLiteral("Host"))) {
            return cors->refuseOrigin(request);
        }
        return handler(request);
    };
    // No preflight: OPTIONS is one of the other methods, refused with 405.
    server.addRoute(path,
        { Methods(Method::Get) | Methods(Method::Post),
            [serve](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                serve(request).write(std::move(responder));
            },
            nullptr, refusal(cors, allow) });
}

// Hands a grant that stores tokens to the commit batcher and answers it on this thread once its
// batch is on disk, through a held responder (dropped if the client left). The writer thread only
// decides the grant; its access token is signed, and the answer logged and encoded, here, so the
// network threads share that work instead of queueing it behind the one writer. False when the
// batcher takes no more grants; the responder is then untouched.
bool completeAfterCommit(CommitBatcher &batcher, const std::shared_ptr<TokenEndpoint> &tokens,
    const TokenEndpoint::Call &call, const QByteArray &origin, QHttpServerResponder &responder)
{
    // The decision (from the grant), or the finished answer (when its batch could not be saved).
    using Finished = std::variant<TokenResult, QHttpServerResponse>;
    QTcpSocket *socket = responder.socket();
    auto *context = new QObject; // on this thread; see the hashing pool's continuation below
    auto owned = std::make_shared<std::unique_ptr<QHttpServerResponder>>();
    const auto shared = std::make_shared<const TokenEndpoint::Call>(call);
    // Set on this thread when the client leaves, read on the writer's: a grant nobody waits for any
    // more is dropped from the queue instead of run.
    auto gone = std::make_shared<std::atomic_bool>(false);
    QObject::connect(socket, &QAbstractSocket::disconnected, context, [gone] { gone->store(true); });
    const bool queued = batcher.submit(
        [tokens, shared] { return std::make_shared<Finished>(std::in_place_index<0>, tokens->decideToken(*shared)); },
        [tokens, shared] { return std::make_shared<Finished>(std::in_place_index<1>, tokens->refuseUnsaved(*shared)); },
        [context, owned, origin, tokens, shared, client = QPointer<QTcpSocket>(socket)](
            CommitBatcher::Response response) {
            QMetaObject::invokeMethod(
                context,
                [context, owned, origin, tokens, shared, client, response] {
                    context->deleteLater();
                    if (!response)
                        return; // the client left before its grant ran: dropped
                    Finished &finished = *std::static_pointer_cast<Finished>(response);
                    // Logged whether or not the client is still there: it was decided and saved.
                    QHttpServerResponse answer = finished.index() == 0
                        ? tokens->answerDecided(*shared, std::move(std::get<0>(finished)))
                        : std::move(std::get<1>(finished));
                    if (!client || client->state() != QAbstractSocket::ConnectedState)
                        return; // the client left: the grant was decided, saved and logged
                    CorsGuard::decorate(answer, origin);
                    answer.write(std::move(**owned));
                },
                Qt::QueuedConnection);
        },
        [gone] { return gone->load(); });
    if (!queued) {
        delete context;
        return false;
    }
    // Moved only once queued: the answer is posted to this thread, so it cannot arrive before this.
    if (auto *guarded = qobject_cast<GuardedSocket *>(socket))
        guarded->beginDeferredResponse();
    *owned = std::make_unique<QHttpServerResponder>(std::move(responder));
    return true;
}

// Runs work on pool and answers on this thread through a held responder (dropped if the client left).
// The platform note's deferred pattern, with one change: the continuation's context is not the socket
// but an object of our own on this thread, deleted by the continuation. Qt 6.4's
// QFuture::then(context) asserts that its context is still alive (qfuture_impl.h, Q_ASSERT) and a
// client that leaves early has its socket deleted first. The socket is checked through a QPointer on
// its own thread instead.
void answerFromPool(QThreadPool *pool, std::function<QHttpServerResponse()> work, const QByteArray &origin,
    QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    if (auto *guarded = qobject_cast<GuardedSocket *>(socket))
        guarded->beginDeferredResponse();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto *context = new QObject;
    QtConcurrent::run(pool, [work = std::move(work)] { return std::make_shared<QHttpServerResponse>(work()); })
        .then(context,
            [held, origin, context, client = QPointer<QTcpSocket>(socket)](
                const std::shared_ptr<QHttpServerResponse> &response) {
                context->deleteLater();
                if (!client || client->state() != QAbstractSocket::ConnectedState)
                    return; // the client left: the request was decided and logged, the answer goes nowhere
                CorsGuard::decorate(*response, origin);
                response->write(std::move(*held));
            });
}

// POST /v1/auth/token. A password grant (argon2id) is completed on the hashing pool and answered
// back on this thread through a held responder (dropped if the client left); a full pool answers
// 503 at once. Grants that store tokens go through the commit batcher when there is one.
// Everything else (anonymous tokens) is answered here, synchronously, and while password grants are
// in flight the thread then pauses a little (HashingPool::yieldToGrants), so a flood cannot starve
// the logins.
Responding tokenRoute(const std::shared_ptr<CorsGuard> &cors, const std::shared_ptr<TokenEndpoint> &tokens,
    HashingPool *hashing, CommitBatcher *batcher)
{
    return [cors, tokens, hashing, batcher](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<QHttpServerResponse> refused = cors->refusal(request)) {
            refused->write(std::move(responder));
            return;
        }
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        std::variant<QHttpServerResponse, TokenEndpoint::Call> prepared = tokens->prepareToken(request);
        if (auto *answer = std::get_if<QHttpServerResponse>(&prepared)) {
            CorsGuard::decorate(*answer, origin);
            answer->write(std::move(responder));
            return;
        }
        const TokenEndpoint::Call &call = std::get<TokenEndpoint::Call>(prepared);
        if (batcher && !call.hashesPassword() && call.writesTokens()
            && completeAfterCommit(*batcher, tokens, call, origin, responder))
            return;
        if (!hashing || !call.hashesPassword() || !hashing->tryAcquire()) {
            QHttpServerResponse response
                = hashing && call.hashesPassword() ? tokens->refuseBusy(call) : tokens->completeToken(call);
            CorsGuard::decorate(response, origin);
            response.write(std::move(responder));
            if (hashing)
                hashing->yieldToGrants(); // fairness: logins waiting for the pool go first
            return;
        }
        answerFromPool(
            hashing->threadPool(),
            [tokens, hashing, call] {
                QHttpServerResponse response = tokens->completeToken(call);
                hashing->release();
                return response;
            },
            origin, std::move(responder));
    };
}

// POST /v1/auth/auth_with_idp: decoded here, then decided on the IdP pool, because fetching an IdP's
// keys may take up to the JWKS timeout and a network thread never waits.
Responding idpLoginRoute(const std::shared_ptr<CorsGuard> &cors, const std::shared_ptr<TokenEndpoint> &tokens,
    const std::shared_ptr<QThreadPool> &pool)
{
    return [cors, tokens, pool](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<QHttpServerResponse> refused = cors->refusal(request)) {
            refused->write(std::move(responder));
            return;
        }
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        std::variant<QHttpServerResponse, TokenEndpoint::Call> prepared = tokens->prepareIdpLogin(request);
        if (auto *answer = std::get_if<QHttpServerResponse>(&prepared)) {
            CorsGuard::decorate(*answer, origin);
            answer->write(std::move(responder));
            return;
        }
        answerFromPool(
            pool.get(),
            [tokens, call = std::get<TokenEndpoint::Call>(prepared)] { return tokens->completeIdpLogin(call); }, origin,
            std::move(responder));
    };
}

// A sign-up may wait for an IdP or hash a password: it runs on pool. QHttpServerRequest can be
// neither copied nor kept, so the parts a sign-up reads are taken here.
Responding signUpRoute(const std::shared_ptr<CorsGuard> &cors, const std::shared_ptr<QThreadPool> &pool,
    const std::shared_ptr<ApiEndpoints> &api, bool withIdp)
{
    return [cors, pool, api, withIdp](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<QHttpServerResponse> refused = cors->refusal(request)) {
            refused->write(std::move(responder));
            return;
        }
        ApiEndpoints::SignUp call { request.value(QByteArrayLiteral("Authorization")),
            request.value(QByteArrayLiteral("Content-Type")), request.body(), withIdp };
        answerFromPool(
            pool.get(),
            [cors, api, call, facts = cors->facts(request)] {
                QHttpServerResponse response = api->signUp(call);
                cors->record(facts, response);
                return response;
            },
            request.value(QByteArrayLiteral("Origin")), std::move(responder));
    };
}

} // namespace

Routes::Routes(ServerServices services, QString issuer, RouteOptions options)
    : m_services(services)
    , m_issuer(std::move(issuer))
    , m_options(options)
{ }

Routes::AllowedMethods Routes::install(ApiServer &server) const
{
    const auto cors
        = std::make_shared<CorsGuard>(m_services.cors, m_options.hostGuard, m_services.requestLog, m_services.clock);

    // IdP logins and sign-ups wait for identity providers or hash a password; a pool of their own
    // keeps them off the network threads and away from the password-hashing pool.
    auto idpPool = std::make_shared<QThreadPool>();
    idpPool->setMaxThreadCount(4);

    HealthService *health = m_services.health;
    TestControls *controls = m_services.testControls;
    addRoute(server, cors, QStringLiteral("/health"), Method::Get, [health, controls](const QHttpServerRequest &) {
        // One answer for the whole instance (docs/deployment.md): a load balancer takes it out only
        // while the database is away, and the reason says why.
        const Result<void> healthy = health->check();
        if (!healthy) {
            QHttpServerResponse response
                = jsonreply::json({ { QStringLiteral("status"), QStringLiteral("unavailable") },
                                      { QStringLiteral("database"), QStringLiteral("unreachable") },
                                      { QStringLiteral("reason"), healthy.error().message() } },
                    503);
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
            return response;
        }
        // Exactly {"status":"ok"} (spec section 2) unless the test kit moved the clock.
        if (const qint64 offset = controls ? controls->clockOffsetSeconds() : 0; offset != 0) {
            return jsonreply::json({ { QStringLiteral("status"), QStringLiteral("ok") },
                                       { QStringLiteral("clock_offset_seconds"), offset } },
                200);
        }
        return jsonreply::json(QByteArrayLiteral(R"({"status":"ok"})"), 200);
    });

    if (m_services.tokens && m_services.revocation && m_services.requestLog && m_services.apiAccess
        && m_services.clock) {
        auto tokens = std::make_shared<TokenEndpoint>(*m_services.tokens, *m_services.revocation, *m_services.apiAccess,
            *m_services.requestLog, *m_services.clock, m_issuer);
        tokens->setRateLimiter(m_options.rateLimiter);
        addRoute(server, cors, QStringLiteral("/v1/auth/token"), Method::Post,
            withFaults(
                cors, controls, QStringLiteral("token"), tokenRoute(cors, tokens, m_options.hashing, m_options.batcher),
                [tokens](const QHttpServerRequest &request) { return tokens->token(request); }, true));
        addRoute(
            server, cors, QStringLiteral("/v1/auth/auth_with_idp"), Method::Post, idpLoginRoute(cors, tokens, idpPool));
        const Handler revoke = [tokens](const QHttpServerRequest &request) { return tokens->revoke(request); };
        addRoute(server, cors, QStringLiteral("/v1/auth/revoke"), Method::Post,
            withFaults(cors, controls, QStringLiteral("revoke"), serving(cors, revoke, true), revoke, true));
        addRoute(server, cors, QStringLiteral("/v1/auth/introspect"), Method::Post,
            [tokens](const QHttpServerRequest &request) { return tokens->introspect(request); });
    }
    if (m_services.apiAccess && m_services.signingKeys) {
        auto api = std::make_shared<ApiEndpoints>(*m_services.apiAccess, *m_services.signingKeys, m_issuer);
        api->setSignup(m_services.signup);
        // The API's endpoints, each also under the test kit's fault rules for "api".
        const auto addApiRoute = [&](const QString &path, Method method, Responding serve, Handler inline_) {
            addRoute(server, cors, path, method,
                withFaults(cors, controls, QStringLiteral("api"), std::move(serve), std::move(inline_), false));
        };
        const auto addApiHandler = [&](const QString &path, Method method, const Handler &handler) {
            addApiRoute(path, method, serving(cors, handler), handler);
        };
        for (const bool withIdp : { false, true }) {
            addApiRoute(withIdp ? QStringLiteral("/v1/api/current_user/create_with_idp")
                                : QStringLiteral("/v1/api/current_user/create"),
                Method::Post, signUpRoute(cors, idpPool, api, withIdp),
                [api, withIdp](const QHttpServerRequest &request) {
                    return api->signUp({ request.value(QByteArrayLiteral("Authorization")),
                        request.value(QByteArrayLiteral("Content-Type")), request.body(), withIdp });
                });
        }
        addApiHandler(QStringLiteral("/v1/api/current_user/show"), Method::Get,
            [api](const QHttpServerRequest &request) { return api->currentUser(request); });
        addApiHandler(QStringLiteral("/v1/api/marketplace/show"), Method::Get,
            [api](const QHttpServerRequest &request) { return api->marketplace(request); });
        addApiHandler(QStringLiteral("/v1/integration_api/marketplace/show"), Method::Get,
            [api](const QHttpServerRequest &request) { return api->integrationMarketplace(request); });
        addRoute(server, cors, QStringLiteral("/.well-known/oauth-authorization-server"), Method::Get,
            [api](const QHttpServerRequest &) { return api->metadata(); });
        addRoute(server, cors, QStringLiteral("/.well-known/jwks.json"), Method::Get,
            [api](const QHttpServerRequest &) { return api->jwks(); });
    }

    if (m_services.loginAs && m_services.requestLog && m_services.clock) {
        auto loginAs
            = std::make_shared<LoginAsEndpoint>(*m_services.loginAs, *m_services.requestLog, *m_services.clock);
        addPageRoute(server, cors, QStringLiteral("/api/authorize-as"),
            [loginAs](const QHttpServerRequest &request) { return loginAs->handle(request); });
    }

    if (m_services.builtinIdp && m_services.requestLog && m_services.clock) {
        auto idp = std::make_shared<BuiltinIdpEndpoint>(
            *m_services.builtinIdp, *m_services.requestLog, *m_services.clock, BuiltinIdp::issuerFor(m_issuer));
        addRoute(server, cors, QStringLiteral("/idp/.well-known/openid-configuration"), Method::Get,
            [idp](const QHttpServerRequest &) { return idp->discovery(); });
        addRoute(server, cors, QStringLiteral("/idp/jwks.json"), Method::Get,
            [idp](const QHttpServerRequest &) { return idp->jwks(); });
        addPageRoute(server, cors, QStringLiteral("/idp/authorize"),
            [idp](const QHttpServerRequest &request) { return idp->authorize(request); });
        addRoute(server, cors, QStringLiteral("/idp/token"), Method::Post,
            [idp](const QHttpServerRequest &request) { return idp->token(request); });
        addRoute(server, cors, QStringLiteral("/idp/userinfo"), Method::Get,
            [idp](const QHttpServerRequest &request) { return idp->userInfo(request); });
    }

    server.setMissingHandler([cors](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        // A method QHttpServer could not route (it maps e.g. TRACE to Unknown) on a known path.
        if (const QByteArray allow = cors->allowedOn(request.url().path(QUrl::FullyEncoded).toUtf8());
            !allow.isEmpty()) {
            cors->methodNotAllowed(request, allow).write(std::move(responder));
            return;
        }
        if (!cors->hostAllowed(request)) {
            cors->refuseHost(request).write(std::move(responder));
            return;
        }
        const QByteArray json = apierrors::NotFound.json();
        cors->log(request,
            QHttpServerResponse(QByteArrayLiteral("application/json"), json, QHttpServerResponse::StatusCode::NotFound),
            AuditReason("Routes", QT_TRANSLATE_NOOP("Routes", "the server has no such path")));
        responder.write(json,
            { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") },
                { QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache") } },
            QHttpServerResponder::StatusCode::NotFound);
    });
    return [cors](QByteArrayView path) { return cors->allowedOn(path); };
}

} // namespace authdesk
