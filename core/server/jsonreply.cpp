#include "server/jsonreply.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace authdesk::jsonreply {

QHttpServerResponse json(const QJsonObject &body, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse error(const QByteArray &code, const QByteArray &description, int status)
{
    return json({ { QStringLiteral("error"), QString::fromLatin1(code) },
                  { QStringLiteral("error_description"), QString::fromLatin1(description) } },
                status);
}

} // namespace authdesk::jsonreply
