#include "storage/databaseurl.h"

#include <QUrl>

namespace authdesk {

Result<PostgresTarget> DatabaseUrl::parse(const QString &text)
{
    // The messages never repeat the URL: a mistyped one may still hold a password.
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme.isEmpty() || !text.contains(QLatin1String("://"))) {
        return Error::invalidArgument(tr("The database URL must look like postgresql://USER@HOST:PORT/DATABASE."));
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return Error::invalidArgument(
            tr("The database URL must start with postgresql://, not %1://.").arg(scheme.left(32)));
    }
    if (!url.isValid())
        return Error::invalidArgument(tr("The database URL is not a valid URL."));
    if (!url.password().isEmpty()) {
        return Error::invalidArgument(tr("The database URL must not contain a password. Set PGPASSWORD or put "
                                         "the password in ~/.pgpass instead."));
    }
    if (url.host().isEmpty())
        return Error::invalidArgument(tr("The database URL names no host."));
    if (url.port() == 0)
        return Error::invalidArgument(tr("The database URL's port must be from 1 to 65535."));
    if (url.hasQuery() || url.hasFragment())
        return Error::invalidArgument(tr("The database URL must not have options (after ? or #)."));

    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.path().startsWith(QLatin1Char('/')) || database.isEmpty())
        return Error::invalidArgument(tr("The database URL names no database (the part after the last /)."));
    if (database.contains(QLatin1Char('/')))
        return Error::invalidArgument(tr("The database URL's database name cannot contain '/'."));

    PostgresTarget target;
    target.host = url.host(QUrl::FullyDecoded);
    target.port = url.port() < 0 ? quint16(5432) : static_cast<quint16>(url.port());
    target.user = url.userName(QUrl::FullyDecoded);
    target.database = database;
    return target;
}

} // namespace authdesk
