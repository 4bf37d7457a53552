#pragma once

#include "domain/result.h"
#include "services/requestlog.h"

#include <QFile>
#include <QObject>
#include <memory>

namespace authdesk {

class RequestLogFollower;

// `authdesk serve --request-log FILE`: every decision of the request log as one JSON line, appended
// and flushed a batch at a time a few times a second, so that CI can assert on the calls its tests
// made. A line holds what the console's request log shows: time (ISO 8601, UTC, milliseconds),
// endpoint, path, grant, client, status, error, reason, the parameters with every secret
// "[redacted]" (RequestLog redacts before it keeps anything), and whether the answer was injected.
// If the server outran the log between two reads, a line {"time": ..., "missed": N} says how many
// decisions are not in the file.
class RequestLogFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogFile)

public:
    static constexpr int IntervalMs = 100;

    // Opens FILE for appending (created 0600): an error when it is a folder or cannot be written.
    static Result<std::unique_ptr<RequestLogFile>> open(const QString &path, RequestLog &log);
    ~RequestLogFile() override;

    // Writes what the log holds that is not in the file yet (at shutdown, after the server stopped).
    void flush();

    // One decision as its line, without the newline.
    static QByteArray line(const TokenDecision &decision);

private:
    RequestLogFile(std::unique_ptr<QFile> file, RequestLog &log);
    void write(const QList<TokenDecision> &decisions, quint64 missed);

    std::unique_ptr<QFile> m_file;
    RequestLogFollower *m_follower;
    bool m_failed = false;
};

} // namespace authdesk
