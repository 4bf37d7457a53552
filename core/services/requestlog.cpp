#include "services/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>

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

const QString Redacted = QStringLiteral("[redacted]");

bool isSecretHeader(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("cookie") || lower == QLatin1String("set-cookie"))
        return true;
    for (const char *word : { "token", "secret", "password", "key", "auth", "session" }) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool isSecretMember(const QString &name)
{
    return isSecretParameter(name) || name == QLatin1String("id_token");
}

// The parameters the endpoints read whose values are not secret: worth showing a little more of.
bool isKnownParameter(const QString &name)
{
    static const QStringList known { QStringLiteral("grant_type"), QStringLiteral("client_id"), QStringLiteral("scope"),
        QStringLiteral("username"), QStringLiteral("token_type_hint"), QStringLiteral("subject_token_type") };
    return known.contains(name);
}

QString cut(const QString &text, qsizetype chars)
{
    if (text.size() <= chars)
        return text;
    return text.left(chars) + QChar(0x2026); // …
}

// What an entry costs, roughly: its text as UTF-16 plus a fixed overhead per string.
qsizetype sizeOf(const TokenDecision &decision)
{
    constexpr qsizetype PerString = 32;
    qsizetype bytes = 128;
    for (const QString *text :
        { &decision.endpoint, &decision.clientId, &decision.grantType, &decision.error, &decision.method,
            &decision.path, &decision.origin, &decision.clientAddress, &decision.userAgent, &decision.responseBody })
        bytes += PerString + text->size() * 2;
    // The reason's source text is the program's own literal, counted all the same (as if translated).
    bytes += PerString * qsizetype(1 + decision.reason.arguments.size()) + decision.reason.size() * 2;
    for (const auto *pairs : { &decision.parameters, &decision.headers }) {
        for (const auto &[name, value] : *pairs)
            bytes += 2 * PerString + (name.size() + value.size()) * 2;
    }
    return bytes;
}

} // namespace

RequestLog::RequestLog(qsizetype capacity, QObject *parent, qsizetype maxBytes)
    : QObject(parent)
    , m_capacity(capacity)
    , m_maxBytes(maxBytes)
{
    qRegisterMetaType<TokenDecision>();
}

TokenDecision RequestLog::bounded(const TokenDecision &decision)
{
    TokenDecision kept = decision;
    kept.clientId = cut(decision.clientId, MaxFieldChars);
    kept.grantType = cut(decision.grantType, MaxFieldChars);
    kept.error = cut(decision.error, MaxFieldChars);
    // The reason stays untranslated (the console translates it when it shows it): what a client sent
    // can reach it only as data, each piece of which is cut.
    kept.reason = decision.reason.bounded(MaxFieldChars);
    kept.method = cut(decision.method, MaxNameChars);
    kept.path = cut(decision.path, MaxFieldChars);
    kept.endpoint = cut(decision.endpoint, MaxFieldChars);
    kept.origin = cut(decision.origin, MaxFieldChars);
    kept.clientAddress = cut(decision.clientAddress, MaxNameChars);
    kept.userAgent = cut(decision.userAgent, MaxFieldChars);
    kept.responseBody = cut(redactBody(decision.responseBody), MaxBodyChars);
    kept.headers.clear();
    for (const auto &[name, value] : redactHeaders(decision.headers)) {
        if (kept.headers.size() == MaxHeaders) {
            kept.headers.append({ QString(QChar(0x2026)),
                tr("%n more header(s)", nullptr, int(decision.headers.size() - MaxHeaders)) });
            break;
        }
        kept.headers.append({ cut(name, MaxNameChars), cut(value, MaxFieldChars) });
    }
    kept.parameters.clear();
    for (const auto &[name, value] : decision.parameters) {
        if (kept.parameters.size() == MaxParameters) {
            kept.parameters.append({ QString(QChar(0x2026)),
                tr("%n more parameter(s)", nullptr, int(decision.parameters.size() - MaxParameters)) });
            break;
        }
        QString shown;
        if (isSecretParameter(name))
            shown = QStringLiteral("[redacted]");
        else
            shown = cut(value, isKnownParameter(name) ? MaxValueChars : MaxUnknownValueChars);
        kept.parameters.append({ cut(name, MaxNameChars), shown });
    }
    return kept;
}

void RequestLog::record(const TokenDecision &decision)
{
    TokenDecision kept = bounded(decision);
    const qsizetype size = sizeOf(kept);
    {
        QMutexLocker lock(&m_mutex);
        m_entries.push_back(std::move(kept));
        ++m_nextSequence;
        m_bytes += size;
        while (!m_entries.empty() && (static_cast<qsizetype>(m_entries.size()) > m_capacity || m_bytes > m_maxBytes)) {
            m_bytes -= sizeOf(m_entries.front());
            m_entries.pop_front();
            m_droppedBefore = m_nextSequence - m_entries.size();
        }
        if (!m_observer)
            return;
    }
    // Set once before the server starts; read without the lock from here on.
    m_observer(decision);
}

RequestLog::Batch RequestLog::after(quint64 sequence, qsizetype limit) const
{
    Batch batch;
    QMutexLocker lock(&m_mutex);
    const quint64 first = m_nextSequence - m_entries.size();
    if (sequence < m_droppedBefore)
        batch.missed = m_droppedBefore - sequence;
    const quint64 from = qMax(sequence, first);
    quint64 to = m_nextSequence;
    if (limit >= 0)
        to = qMin(to, from + static_cast<quint64>(limit));
    if (from < to) {
        const auto begin = m_entries.begin() + static_cast<std::ptrdiff_t>(from - first);
        batch.decisions = QList<TokenDecision>(begin, begin + static_cast<std::ptrdiff_t>(to - from));
    }
    batch.next = qMax(to, sequence);
    return batch;
}

quint64 RequestLog::nextSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_nextSequence;
}

void RequestLog::setObserver(std::function<void(const TokenDecision &)> observer)
{
    QMutexLocker lock(&m_mutex);
    m_observer = std::move(observer);
}

qsizetype RequestLog::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
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
    m_bytes = 0;
}

QList<QPair<QString, QString>> RequestLog::redact(const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> redacted;
    redacted.reserve(parameters.size());
    for (const auto &[name, value] : parameters)
        redacted.append({ name, isSecretParameter(name) ? Redacted : value });
    return redacted;
}

QList<QPair<QString, QString>> RequestLog::redactHeaders(const QList<QPair<QString, QString>> &headers)
{
    QList<QPair<QString, QString>> redacted;
    redacted.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isSecretHeader(name)) {
            redacted.append({ name, value });
            continue;
        }
        // "Bearer" or "Basic" tells what was sent; a value with no scheme is all secret.
        const QString trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
        const bool withScheme = name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("proxy-authorization"), Qt::CaseInsensitive) == 0;
        redacted.append(
            { name, withScheme && space > 0 ? trimmed.left(space) + QLatin1Char(' ') + Redacted : Redacted });
    }
    return redacted;
}

QString RequestLog::redactBody(const QString &body)
{
    if (body.isEmpty())
        return body;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8());
    if (document.isArray())
        return body; // a Transit answer of the API stand-ins: an error or a user, never a credential
    if (!document.isObject()) {
        // Not JSON: kept only when no secret's name appears in it.
        for (const char *word : { "token", "secret", "password", "code" }) {
            if (body.contains(QLatin1String(word), Qt::CaseInsensitive))
                return Redacted;
        }
        return body;
    }
    QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretMember(it.key()))
            it.value() = Redacted;
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace authdesk
