#include "server/loginasendpoint.h"

#include "domain/clock.h"
#include "server/approvalpage.h"
#include "server/formdecoder.h"
#include "server/requestfacts.h"
#include "services/loginasservice.h"
#include "services/requestlog.h"
#include "services/tokendecision.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSet>
#include <QUrl>

namespace authdesk {

LoginAsEndpoint::LoginAsEndpoint(LoginAsService &loginAs, RequestLog &log, const Clock &clock)
    : m_loginAs(loginAs)
    , m_log(log)
    , m_clock(clock)
{ }

QHttpServerResponse LoginAsEndpoint::handle(const QHttpServerRequest &request) const
{
    TokenDecision decision;
    decision.at = m_clock.now();
    decision.endpoint = QStringLiteral("authorize-as");
    decision.grantType = QStringLiteral("authorization_code");
    requestfacts::describe(request, decision);
    if (request.method() == QHttpServerRequest::Method::Post)
        return decide(request, decision);
    return authorize(request, decision);
}

QHttpServerResponse LoginAsEndpoint::refuse(
    const char *message, int status, const AuditReason &reason, TokenDecision &decision) const
{
    decision.status = status;
    decision.error = QStringLiteral("invalid_request");
    decision.reason = reason;
    m_log.record(decision);
    return ApprovalPage::refusal(QByteArray(message), status);
}

QHttpServerResponse LoginAsEndpoint::authorize(const QHttpServerRequest &request, TokenDecision &decision) const
{
    // The same strict decoding as a form body: bad escapes, invalid UTF-8, NUL and CR/LF are refused.
    const std::variant<DecodedForm, OAuthError> decoded
        = FormDecoder::decode(request.url().query(QUrl::FullyEncoded).toUtf8(), {});
    if (const auto *error = std::get_if<OAuthError>(&decoded)) {
        return refuse("The request's parameters cannot be read.", 400,
            AuditReason("LoginAsEndpoint", QT_TRANSLATE_NOOP("LoginAsEndpoint", "the query cannot be decoded: %1"),
                { error->reason }),
            decision);
    }
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    decision.parameters = RequestLog::redact(form.pairs);
    decision.clientId = form.values.value(QStringLiteral("client_id"));
    QSet<QString> seen;
    QStringList repeated;
    for (const auto &pair : form.pairs) {
        if (seen.contains(pair.first) && !repeated.contains(pair.first))
            repeated << pair.first;
        seen.insert(pair.first);
    }
    return answer(m_loginAs.authorize(form.values, repeated), decision);
}

QHttpServerResponse LoginAsEndpoint::decide(const QHttpServerRequest &request, TokenDecision &decision) const
{
    if (!FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        return refuse("The approval must be sent as a form.", 400,
            AuditReason("LoginAsEndpoint", QT_TRANSLATE_NOOP("LoginAsEndpoint", "the approval is not a form")),
            decision);
    }
    const std::variant<DecodedForm, OAuthError> decoded
        = FormDecoder::decode(request.body(), { QStringLiteral("form_token"), QStringLiteral("decision") });
    if (const auto *error = std::get_if<OAuthError>(&decoded)) {
        return refuse("The approval cannot be read.", 400,
            AuditReason("LoginAsEndpoint", QT_TRANSLATE_NOOP("LoginAsEndpoint", "the approval cannot be decoded: %1"),
                { error->reason }),
            decision);
    }
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    decision.parameters = RequestLog::redact(form.pairs);
    const QString choice = form.values.value(QStringLiteral("decision"));
    if (choice != QLatin1String("approve") && choice != QLatin1String("deny"))
        return refuse("The approval must say approve or deny.", 400,
            AuditReason("LoginAsEndpoint", QT_TRANSLATE_NOOP("LoginAsEndpoint", "the approval has no decision")),
            decision);
    return answer(
        m_loginAs.decide(form.values.value(QStringLiteral("form_token")).toUtf8(), choice == QLatin1String("approve")),
        decision);
}

QHttpServerResponse LoginAsEndpoint::answer(const LoginAsOutcome &outcome, TokenDecision &decision) const
{
    decision.clientId = outcome.clientId.isEmpty() ? decision.clientId : outcome.clientId;
    decision.reason = outcome.reason;
    switch (outcome.kind) {
    case LoginAsOutcome::Kind::Refused:
        return refuse(outcome.message.constData(), 400, outcome.reason, decision);
    case LoginAsOutcome::Kind::Redirect: {
        decision.status = 302;
        // The error the marketplace receives, if any; the location itself may hold a code.
        const QString location = QString::fromLatin1(outcome.location);
        const qsizetype at = location.indexOf(QLatin1String("error="));
        if (at >= 0)
            decision.error = location.mid(at + 6).section(QLatin1Char('&'), 0, 0);
        m_log.record(decision);
        return ApprovalPage::redirect(outcome.location);
    }
    case LoginAsOutcome::Kind::Approval:
        decision.status = 200;
        m_log.record(decision);
        return ApprovalPage::approval(outcome);
    }
    Q_UNREACHABLE();
}

} // namespace authdesk
