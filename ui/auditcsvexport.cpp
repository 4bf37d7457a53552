#include "ui/auditcsvexport.h"

#include "domain/clock.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <algorithm>

namespace authdesk {

AuditCsvExport::AuditCsvExport(AuditLog &audit, const Clock &clock)
    : m_audit(audit)
    , m_clock(clock)
{ }

QString AuditCsvExport::suggestedPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("authdesk-audit.csv"));
}

QString AuditCsvExport::field(const QString &text)
{
    // A cell that starts like a formula would be run by a spreadsheet that opens the file (a test
    // user named "=HYPERLINK(...)" for instance). A leading apostrophe makes it text.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const QString value = !text.isEmpty() && formulaStart.contains(text.front()) ? QLatin1Char('\'') + text : text;
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray AuditCsvExport::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << field(value);
    return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

Result<int> AuditCsvExport::write(const QString &path, AuditFilter filter) const
{
    QFile file(path);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto cannotWrite = [&path, &file] {
        return Error(Error::Code::InvalidArgument,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    // Created 0600 from the start; an existing file is narrowed too before anything is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly))
        return cannotWrite();

    file.write(record({ QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("actor"),
        QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("reason") }));
    // Events recorded during the export would shift the pages (newest first); ending the range now
    // keeps every page where it was.
    if (!filter.to.isValid())
        filter.to = m_clock.now();
    int written = 0;
    for (;;) {
        const Result<QList<AuditEvent>> chunk = m_audit.list(filter, ChunkSize, written);
        if (!chunk)
            return chunk.error();
        for (const AuditEvent &event : *chunk) {
            // The stored English reason, not the console's translation: an export reads the same whichever
            // language the console that wrote it ran in.
            file.write(record({ event.at.toUTC().toString(Qt::ISODateWithMs), AuditEvent::kindName(event.kind),
                event.actor, event.action, event.target, event.reason }));
        }
        written += static_cast<int>(chunk->size());
        if (chunk->size() < ChunkSize)
            break;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return cannotWrite();
    return written;
}

} // namespace authdesk
