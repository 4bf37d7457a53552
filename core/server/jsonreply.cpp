#include "server/jsonreply.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace authdesk::jsonreply {

namespace {

QHttpServerResponse reply(const QByteArray &body, int status)
{
    QHttpServerResponse response(
        QByteArrayLiteral("application/json"), body, static_cast<QHttpServerResponse::StatusCode>(status));
    // A fresh response has neither header: add, not set (set searches and clears first, on every answer).
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

} // namespace

QHttpServerResponse json(const QJsonObject &body, int status)
{
    return reply(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QByteArray &body, int status)
{
    return reply(body, status);
}

QHttpServerResponse error(const QByteArray &code, const QByteArray &description, int status)
{
    return json({ { QStringLiteral("error"), QString::fromLatin1(code) },
                    { QStringLiteral("error_description"), QString::fromLatin1(description) } },
        status);
}

QHttpServerResponse error(const apierrors::WireError &error)
{
    return reply(error.json(), error.status);
}

} // namespace authdesk::jsonreply
