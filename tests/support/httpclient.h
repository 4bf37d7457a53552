#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace authdesk {

// A blocking HTTP client for tests: real requests over loopback, one at a time.
struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

class HttpClient
{
public:
    explicit HttpClient(QUrl baseUrl);

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply get(const QString &path, const Headers &headers = {});
    // A form POST with Content-Type application/x-www-form-urlencoded unless headers set another.
    HttpReply postForm(const QString &path, const QByteArray &body, const Headers &headers = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers);

    const QUrl &baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace authdesk
