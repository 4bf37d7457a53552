#include "server/apiserver.h"

#include <QHttpServerResponder>

namespace authdesk {

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

void ApiServer::addRoute(const QString &path, Route route)
{
    m_routes.insert(path, std::move(route));
}

const ApiServer::Route *ApiServer::find(const QString &path) const
{
    if (const auto it = m_routes.constFind(path); it != m_routes.constEnd())
        return &*it;
    // "/<segment>/rest": the segment holds at least one character and no slash.
    const qsizetype second = path.indexOf(QLatin1Char('/'), 1);
    if (!path.startsWith(QLatin1Char('/')) || second <= 1)
        return nullptr;
    if (const auto it = m_routes.constFind(path.sliced(second)); it != m_routes.constEnd())
        return &*it;
    return nullptr;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Route *route = find(request.url().path());
    if (!route)
        return false; // QAbstractHttpServer calls missingHandler()
    const QHttpServerRequest::Method method = request.method();
    QHttpServerResponder responder = makeResponder(request, socket);
    if (route->methods.testAnyFlag(method))
        route->serve(request, std::move(responder));
    else if (method == QHttpServerRequest::Method::Options && route->preflight)
        route->preflight(request, std::move(responder));
    else
        route->refuse(request, std::move(responder));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (m_missing)
        m_missing(request, std::move(responder));
    else
        responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace authdesk
