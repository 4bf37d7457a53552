#include "server/requestfacts.h"

#include "server/formdecoder.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk::requestfacts {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("?");
    }
}

// The first error of a Transit error envelope, ["^ ","errors",[["^ ","status",..,"code",..,"title",..]]].
QPair<QString, QString> transitError(const QJsonArray &document)
{
    const QJsonArray errors = document.size() >= 3 ? document.at(2).toArray() : QJsonArray();
    const QJsonArray first = errors.isEmpty() ? QJsonArray() : errors.first().toArray();
    QString code;
    QString title;
    for (qsizetype i = 1; i + 1 < first.size(); i += 2) {
        if (first.at(i).toString() == QLatin1String("code"))
            code = first.at(i + 1).toString();
        else if (first.at(i).toString() == QLatin1String("title"))
            title = first.at(i + 1).toString();
    }
    return { code, title };
}

} // namespace

void describe(const QHttpServerRequest &request, TokenDecision &decision)
{
    decision.method = methodName(request.method());
    decision.path = request.url().path();
    decision.origin = QString::fromUtf8(request.value(QByteArrayLiteral("Origin")));
    decision.clientAddress = request.remoteAddress().toString();
    decision.userAgent = QString::fromUtf8(request.value(QByteArrayLiteral("User-Agent")));
    decision.headers.clear();
    for (const auto &[name, value] : request.headers())
        decision.headers.append({ QString::fromLatin1(name), QString::fromUtf8(value) });
}

void describeForm(const QHttpServerRequest &request, TokenDecision &decision)
{
    if (request.body().isEmpty() || !FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type"))))
        return;
    const std::variant<DecodedForm, OAuthError> decoded = FormDecoder::decode(request.body(), {});
    if (const auto *form = std::get_if<DecodedForm>(&decoded)) {
        decision.parameters = form->pairs;
        decision.clientId = form->values.value(QStringLiteral("client_id"));
        decision.grantType = form->values.value(QStringLiteral("grant_type"));
    }
}

void describeHead(const QByteArray &head, const QString &clientAddress, TokenDecision &decision)
{
    decision.clientAddress = clientAddress;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    decision.method = QString::fromLatin1(requestLine.value(0));
    const QByteArray target = requestLine.value(1);
    const qsizetype query = target.indexOf('?');
    decision.path = QString::fromUtf8(query < 0 ? target : target.left(query));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QString name = QString::fromLatin1(line.left(colon).trimmed());
        const QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
        decision.headers.append({ name, value });
        if (name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0)
            decision.origin = value;
        else if (name.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0)
            decision.userAgent = value;
    }
}

void describeAnswer(const QHttpServerResponse &response, TokenDecision &decision)
{
    decision.status = static_cast<int>(response.statusCode());
    if (decision.status < 400)
        return;
    const QByteArray body = response.data();
    decision.responseBody = QString::fromUtf8(body);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString description;
    if (document.isObject()) {
        decision.error = document.object().value(QLatin1String("error")).toString();
        description = document.object().value(QLatin1String("error_description")).toString();
    } else if (document.isArray()) {
        std::tie(decision.error, description) = transitError(document.array());
    }
    if (decision.reason.isEmpty())
        decision.reason = description;
}

} // namespace authdesk::requestfacts
