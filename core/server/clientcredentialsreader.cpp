#include "server/clientcredentialsreader.h"

#include "services/apierrors.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

using apierrors::invalidRequest;

} // namespace

std::variant<ClientCredentials, OAuthError> ClientCredentialsReader::read(
    const QByteArray &authorization, const DecodedForm &form)
{
    const QString bodyId = form.values.value(QStringLiteral("client_id"));
    const bool bodySecret = form.values.contains(QStringLiteral("client_secret"));
    ClientCredentials credentials;

    const QByteArray scheme = authorization.left(authorization.indexOf(' ')).toLower();
    if (!authorization.isEmpty() && scheme == "basic") {
        const QByteArray encoded = authorization.mid(authorization.indexOf(' ') + 1).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        const std::optional<QString> id = FormDecoder::decodeComponent(decoded.decoded.left(colon));
        const std::optional<QString> secret = FormDecoder::decodeComponent(decoded.decoded.mid(colon + 1));
        if (!decoded || colon < 0 || !id || !secret) {
            return apierrors::invalidClient(AuditReason("ClientCredentialsReader",
                QT_TRANSLATE_NOOP("ClientCredentialsReader", "the Basic authorization header cannot be decoded")));
        }
        if (bodySecret) {
            return invalidRequest("Use one client authentication method, not two.",
                AuditReason("ClientCredentialsReader",
                    QT_TRANSLATE_NOOP(
                        "ClientCredentialsReader", "the client sent both a Basic header and a client_secret")));
        }
        if (form.values.contains(QStringLiteral("client_id")) && bodyId != *id) {
            return invalidRequest("The client_id does not match the Basic credentials.",
                AuditReason("ClientCredentialsReader",
                    QT_TRANSLATE_NOOP("ClientCredentialsReader", "the body client_id differs from the Basic user")));
        }
        credentials.method = ClientCredentials::Method::Basic;
        credentials.clientId = *id;
        credentials.clientSecret = *secret;
        credentials.secretPresent = true;
        return credentials;
    }

    if (!bodyId.isEmpty() || bodySecret)
        credentials.method = ClientCredentials::Method::Body;
    credentials.clientId = bodyId;
    credentials.secretPresent = bodySecret && !form.values.value(QStringLiteral("client_secret")).isEmpty();
    credentials.clientSecret = form.values.value(QStringLiteral("client_secret"));
    return credentials;
}

} // namespace authdesk
