#pragma once

#include "domain/result.h"
#include "services/auditlog.h"

#include <QCoreApplication>
#include <QStringList>

namespace authdesk {

class Clock;

// Writes the audit events that match a filter to a CSV file (RFC 4180) that only its owner can read.
// Machine names in the header and UTC ISO times, so scripts read it the same in every locale. Not a
// widget: the Audit log page asks for the file name and shows the outcome; this class does the rest.
class AuditCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsvExport)

public:
    // Events are read from the log this many at a time, so a long log is never all in memory.
    static constexpr int ChunkSize = 1000;

    AuditCsvExport(AuditLog &audit, const Clock &clock);

    // Writes every event that matches `filter` (newest first) to `path`; returns how many.
    Result<int> write(const QString &path, AuditFilter filter) const;

    // Where the save dialog starts: authdesk-audit.csv in the user's documents folder.
    static QString suggestedPath();

    // One CSV field, quoted when it has to be; one that starts with = + - @, a tab or a CR gets a
    // leading apostrophe, so a spreadsheet shows it as text instead of running it (CSV injection).
    static QString field(const QString &value);
    // One record: the fields joined with commas, ended with CRLF, in UTF-8.
    static QByteArray record(const QStringList &fields);

private:
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
