#include "server/hostguard.h"

#include <QRegularExpression>

namespace authdesk {

HostGuard::HostGuard(const QHostAddress &bound, quint16 port, const QUrl &publicUrl)
    : m_active(bound.isLoopback())
    , m_port(port)
    , m_loopbackHost(QByteArrayLiteral("127.0.0.1:") + QByteArray::number(port))
    , m_localhostHost(QByteArrayLiteral("localhost:") + QByteArray::number(port))
{
    if (!publicUrl.host().isEmpty()) {
        m_publicHost = publicUrl.host(QUrl::FullyEncoded).toLower();
        if (publicUrl.host().contains(QLatin1Char(':')))
            m_publicHost = QLatin1Char('[') + m_publicHost + QLatin1Char(']');
        if (publicUrl.port() != -1)
            m_publicHost += QLatin1Char(':') + QString::number(publicUrl.port());
    }
}

bool HostGuard::allows(QByteArrayView host) const
{
    if (!m_active || host.isEmpty() || host == m_loopbackHost
        || host.compare(m_localhostHost, Qt::CaseInsensitive) == 0)
        return true;
    const QString value = QString::fromLatin1(host).toLower();
    if (!m_publicHost.isEmpty() && value == m_publicHost)
        return true;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(localhost|127\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})|\[::1\])(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return false;
    const QString name = match.captured(1);
    if (name.startsWith(QLatin1String("127."))) {
        const QHostAddress address(name);
        if (address.isNull() || !address.isLoopback())
            return false;
    }
    if (match.hasCaptured(2)) {
        bool ok = false;
        const uint port = match.captured(2).toUInt(&ok);
        return ok && port == m_port;
    }
    return true;
}

} // namespace authdesk
