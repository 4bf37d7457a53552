#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QUrl>

namespace authdesk {

// The DNS-rebinding defence of spec section 5: while the server is bound to loopback, only a Host
// that names loopback (localhost, 127.x.x.x, [::1]), with the bound port or none, is served. A web
// page that rebinds its own name to 127.0.0.1 still sends that name, and is refused.
class HostGuard
{
public:
    HostGuard() = default; // allows everything
    // publicUrl: where a load balancer in front is reached; its Host is accepted too.
    HostGuard(const QHostAddress &bound, quint16 port, const QUrl &publicUrl = {});

    // host: the Host header as received; empty (HTTP/1.0 without one) is allowed.
    bool allows(QByteArrayView host) const;

private:
    bool m_active = false;
    quint16 m_port = 0;
    QString m_publicHost; // "host" or "host:port" as a client sends it; empty: none
    QByteArray m_loopbackHost; // "127.0.0.1:port", what nearly every client sends: allowed without parsing
    QByteArray m_localhostHost; // "localhost:port"
};

} // namespace authdesk
