#include "domain/postgrestarget.h"

#include <QUrl>

namespace authdesk {

QString PostgresTarget::displayName() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace authdesk
