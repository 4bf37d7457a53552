#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>
#include <functional>

class QHttpServerResponder;

namespace authdesk {

// The HTTP server of one network thread: one exact lookup of the request's path per request, no
// regular expressions. QHttpServer 6.4 tries its routes one by one, each a regular expression, and
// every path of the API was registered twice (with and without the one-segment prefix) and three
// times over (its method, OPTIONS, every other method). What a client sees is the same: a path
// matches exactly, or after one leading segment of at least one character (a baseUrl such as
// http://127.0.0.1:8787/prefix), on the decoded path as QHttpServer matched it; a known path
// answers its methods, its preflight, and 405 to every other method; an unknown path goes to the
// missing handler.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    using Responding = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    struct Route
    {
        QHttpServerRequest::Methods methods; // the methods `serve` answers
        Responding serve;
        Responding preflight; // OPTIONS; null: OPTIONS is refused like any other method
        Responding refuse; // every other method (405 + Allow)
    };

    explicit ApiServer(QObject *parent = nullptr);

    // Installs a route before the server handles requests; the routes are only read afterwards.
    void addRoute(const QString &path, Route route);
    // Paths no route has.
    void setMissingHandler(Responding missing) { m_missing = std::move(missing); }

    // The route of a decoded path, with or without the one-segment prefix; null for none.
    const Route *find(const QString &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHash<QString, Route> m_routes;
    Responding m_missing;
};

} // namespace authdesk
