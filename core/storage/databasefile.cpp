#include "storage/databasefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace authdesk {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3"; // followed by a NUL: the first 16 bytes of every SQLite file

} // namespace

QString DatabaseFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("authdesk.sqlite"));
}

Result<void> DatabaseFile::prepare(const QString &path)
{
    if (path.isEmpty())
        return Error::invalidArgument(tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists())
        return checkExisting(path);

    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Error::storageUnusable(tr("The folder %1 cannot be created.").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // Create the file ourselves with 0600 so the database is never readable by others, not even for
    // the moment between SQLite creating it and a chmod.
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        // Another AuthDesk created it at the same moment (a console and a server starting
        // together): use it like any existing file; SQLite's locks order the rest.
        if (errno == EEXIST)
            return checkExisting(path);
        return Error::storageUnusable(
            tr("%1 cannot be created: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);
    return {};
}

Result<void> DatabaseFile::checkExisting(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storageUnusable(tr("%1 is a folder, not a database file.").arg(path));
    if (!info.isFile())
        return Error::storageUnusable(tr("%1 is not a regular file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storageUnusable(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    if (!head.isEmpty() && head != QByteArray(SqliteMagic, sizeof SqliteMagic))
        return Error::storageUnusable(tr("%1 is not an SQLite database.").arg(path));
    if (!info.isWritable())
        return Error::storageUnusable(tr("%1 is read-only.").arg(path));
    return {};
}

} // namespace authdesk
