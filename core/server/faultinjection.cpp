#include "server/faultinjection.h"

#include "server/clientcredentialsreader.h"
#include "server/formdecoder.h"
#include "server/jsonreply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk::faultinjection {

namespace {

QString bearerClientId(const QByteArray &authorization)
{
    if (authorization.left(7).toLower() != "bearer ")
        return {};
    const QList<QByteArray> parts = authorization.mid(7).trimmed().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object().value(QLatin1String("client_id")).toString();
}

} // namespace

FaultTarget target(const QString &endpoint, const QHttpServerRequest &request)
{
    FaultTarget target;
    target.endpoint = endpoint;
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (!request.body().isEmpty() && FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        const std::variant<DecodedForm, OAuthError> decoded = FormDecoder::decode(request.body(), {});
        if (const auto *form = std::get_if<DecodedForm>(&decoded)) {
            target.grantType = form->values.value(QStringLiteral("grant_type"));
            const std::variant<ClientCredentials, OAuthError> credentials
                = ClientCredentialsReader::read(authorization, *form);
            if (const auto *client = std::get_if<ClientCredentials>(&credentials))
                target.clientId = client->clientId;
            else
                target.clientId = form->values.value(QStringLiteral("client_id"));
        }
    }
    if (target.clientId.isEmpty())
        target.clientId = bearerClientId(authorization);
    return target;
}

QHttpServerResponse answer(const FaultRule &rule)
{
    const apierrors::WireError *known = nullptr;
    for (const apierrors::WireError *each : { &apierrors::InjectedServerError, &apierrors::InjectedUnavailable,
             &apierrors::InjectedRateLimited, &apierrors::InjectedRefusal }) {
        if (each->status == rule.status)
            known = each;
    }
    QHttpServerResponse response = known ? jsonreply::error(*known)
        : rule.status >= 500
        ? jsonreply::error(apierrors::InjectedServerError.code, apierrors::InjectedServerError.description, rule.status)
        : jsonreply::error(apierrors::InjectedRefusal.code, apierrors::InjectedRefusal.description, rule.status);
    if (rule.status == 429 || rule.status == 503)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

} // namespace authdesk::faultinjection
