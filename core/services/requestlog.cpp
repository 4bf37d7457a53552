#include "services/requestlog.h"

namespace authdesk {

namespace {

bool isSecretParameter(const QString &name)
{
    static const QStringList secrets { QStringLiteral("client_secret"), QStringLiteral("password"),
        QStringLiteral("refresh_token"), QStringLiteral("subject_token"), QStringLiteral("token"),
        QStringLiteral("access_token"), QStringLiteral("idp_token"), QStringLiteral("code"),
        QStringLiteral("code_verifier"), QStringLiteral("form_token") };
    return secrets.contains(name);
}

} // namespace

RequestLog::RequestLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{
    qRegisterMetaType<TokenDecision>();
}

void RequestLog::record(const TokenDecision &decision)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.push_back(decision);
        while (static_cast<qsizetype>(m_entries.size()) > m_capacity)
            m_entries.pop_front();
    }
    emit recorded(decision);
}

QList<TokenDecision> RequestLog::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return QList<TokenDecision>(m_entries.begin(), m_entries.end());
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

QList<QPair<QString, QString>> RequestLog::redact(const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> redacted;
    redacted.reserve(parameters.size());
    for (const auto &[name, value] : parameters)
        redacted.append({ name, isSecretParameter(name) ? QStringLiteral("[redacted]") : value });
    return redacted;
}

} // namespace authdesk
