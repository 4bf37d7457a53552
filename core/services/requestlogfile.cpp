#include "services/requestlogfile.h"

#include "services/requestlogfollower.h"
#include "services/serviceslog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk {

namespace {

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<std::unique_ptr<RequestLogFile>> RequestLogFile::open(const QString &path, RequestLog &log)
{
    if (path.isEmpty())
        return Error::invalidArgument(tr("--request-log needs a file name."));
    if (QFileInfo(path).isDir())
        return Error::invalidArgument(tr("The request log %1 is a folder; give a file name.").arg(path));
    auto file = std::make_unique<QFile>(path);
    // Created for the owner only, like the database: the log holds client IDs, e-mails and addresses.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error::invalidArgument(tr("Cannot write the request log %1: %2").arg(path, file->errorString()));
    }
    return std::unique_ptr<RequestLogFile>(new RequestLogFile(std::move(file), log));
}

RequestLogFile::RequestLogFile(std::unique_ptr<QFile> file, RequestLog &log)
    : m_file(std::move(file))
    , m_follower(new RequestLogFollower(log, IntervalMs, this))
{
    connect(m_follower, &RequestLogFollower::arrived, this, &RequestLogFile::write);
}

RequestLogFile::~RequestLogFile()
{
    flush();
}

void RequestLogFile::flush()
{
    m_follower->poll();
}

QByteArray RequestLogFile::line(const TokenDecision &decision)
{
    QJsonObject parameters;
    for (const auto &[name, value] : RequestLog::redact(decision.parameters))
        parameters.insert(name, value);
    const QJsonObject object {
        { QStringLiteral("time"), isoTime(decision.at) },
        { QStringLiteral("endpoint"), decision.endpoint },
        { QStringLiteral("path"), decision.path },
        { QStringLiteral("grant"), decision.grantType },
        { QStringLiteral("client"), decision.clientId },
        { QStringLiteral("status"), decision.status },
        { QStringLiteral("error"), decision.error },
        // English whatever the language, so that scripts can read it.
        { QStringLiteral("reason"), decision.reason.english() },
        { QStringLiteral("parameters"), parameters },
        { QStringLiteral("injected"), decision.injected },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void RequestLogFile::write(const QList<TokenDecision> &decisions, quint64 missed)
{
    QByteArray lines;
    if (missed > 0) {
        lines += QJsonDocument(QJsonObject { { QStringLiteral("time"), isoTime(QDateTime::currentDateTimeUtc()) },
                                   { QStringLiteral("missed"), static_cast<qint64>(missed) } })
                     .toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    for (const TokenDecision &decision : decisions) {
        lines += line(decision);
        lines += '\n';
    }
    if (m_file->write(lines) == lines.size() && m_file->flush()) {
        m_failed = false;
        return;
    }
    if (!std::exchange(m_failed, true)) // said once per failure, not once per batch
        qCWarning(lcServices, "the request log %s cannot be written: %s", qPrintable(m_file->fileName()),
            qPrintable(m_file->errorString()));
}

} // namespace authdesk
