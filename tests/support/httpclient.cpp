#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace authdesk {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    // Every request is new: no connection reuse hides a server that forgets to answer.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setProxy(QNetworkProxy::NoProxy); // loopback directly, whatever http_proxy says
}

HttpReply HttpClient::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, headers);
}

HttpReply HttpClient::postForm(const QString &path, const QByteArray &body, const Headers &headers)
{
    Headers all = headers;
    bool hasType = false;
    for (const auto &header : headers)
        hasType = hasType || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        all.append(
            qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    return send("POST", path, body, all);
}

HttpReply HttpClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
    }
    reply->deleteLater();
    return result;
}

} // namespace authdesk
