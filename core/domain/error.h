#pragma once

#include <QCoreApplication>
#include <QString>

namespace authdesk {

// What went wrong, as a value. The code is for programs (mapped to an HTTP status in core/server and
// to a message box in ui/); the message is a translated sentence for people and never holds a secret.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Code {
        InvalidArgument, // the caller's input is wrong; nothing was changed
        NotFound,
        Conflict, // e.g. the e-mail or client ID is taken
        Unauthorized,
        StorageUnavailable, // the database cannot be reached or is busy
        StorageUnusable, // the file is not an AuthDesk database, or is from a newer version
        KeychainUnavailable,
        Internal,
    };

    Error(Code code, QString message);

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }

    static Error invalidArgument(const QString &message) { return { Code::InvalidArgument, message }; }
    static Error notFound(const QString &message) { return { Code::NotFound, message }; }
    static Error conflict(const QString &message) { return { Code::Conflict, message }; }
    static Error storageUnavailable(const QString &message) { return { Code::StorageUnavailable, message }; }
    static Error storageUnusable(const QString &message) { return { Code::StorageUnusable, message }; }
    static Error internal(const QString &message) { return { Code::Internal, message }; }

private:
    Code m_code;
    QString m_message;
};

} // namespace authdesk
