#include "crypto/keyfile.h"

#include "crypto/cryptolog.h"
#include "crypto/sodium.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace authdesk {

namespace {

constexpr qsizetype KeySize = 32;

// Closes a POSIX file descriptor when it goes out of scope, so no early return leaks one.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

int openRetrying(const char *path, int flags)
{
    int fd;
    do
        fd = ::open(path, flags);
    while (fd < 0 && errno == EINTR);
    return fd;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = EIO; // nothing written and no reason given: do not leave a stale errno behind
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// Reads up to buffer.size() bytes; returns how many were read, or -1 with errno set.
qsizetype readUpTo(int fd, QByteArray &buffer)
{
    qsizetype total = 0;
    while (total < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + total, static_cast<size_t>(buffer.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

// Makes the new directory entry itself durable: fsync() of the file alone does not cover its name.
void syncParentDirectory(const QString &path)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const FileDescriptor fd(openRetrying(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isValid() || ::fsync(fd.get()) != 0) {
        const QString reason = qt_error_string(errno);
        qCWarning(lcCrypto) << "Could not sync the folder of the new key file" << path << ":" << reason;
    }
}

Error cannotRead(const QString &path, int error)
{
    return Error::invalidArgument(KeyFile::tr("The key file %1 cannot be read: %2.").arg(path, qt_error_string(error)));
}

Result<QByteArray> load(int fd, const QString &path)
{
    struct stat status = {};
    if (::fstat(fd, &status) != 0)
        return cannotRead(path, errno);
    if (!S_ISREG(status.st_mode))
        return Error::invalidArgument(KeyFile::tr("The key file %1 is not a regular file.").arg(path));
    if ((status.st_mode & 077) != 0) {
        const QString mode = QString::number(status.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
        return Error::invalidArgument(
            KeyFile::tr("The key file %1 can be read or changed by other users (its mode is %2). "
                        "Allow only its owner with \"chmod 600 %1\", then start again.")
                .arg(path, mode));
    }

    // One byte more than a key, to notice a file that is longer than st_size said.
    QByteArray key(KeySize + 1, Qt::Uninitialized);
    const qsizetype size = status.st_size == KeySize ? readUpTo(fd, key) : static_cast<qsizetype>(status.st_size);
    if (size < 0)
        return cannotRead(path, errno);
    if (size != KeySize) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return Error::invalidArgument(
            KeyFile::tr("The key file %1 holds %2 bytes instead of %3: it is not an AuthDesk key "
                        "file, or it was damaged. It was left unchanged.")
                .arg(path)
                .arg(size)
                .arg(KeySize));
    }
    key.truncate(KeySize);
    return key;
}

// The new key, or nothing when another process created the file first.
std::optional<Result<QByteArray>> create(const QString &path)
{
    // The key goes to a temporary file next to the target and is linked into place only when it is
    // complete: a crash or a second instance starting at the same moment never sees half a key file,
    // and link() fails instead of replacing a file that appeared meanwhile.
    const QFileInfo target(path);
    QByteArray temporary = QFile::encodeName(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    const FileDescriptor fd(::mkostemp(temporary.data(), O_CLOEXEC)); // O_CREAT | O_EXCL, mode 0600
    if (!fd.isValid()) {
        const int error = errno;
        return Error::invalidArgument(
            KeyFile::tr("The key file %1 cannot be created: %2.").arg(path, qt_error_string(error)));
    }

    const QByteArray key = Sodium::randomBytes(KeySize);
    int error = 0;
    // umask may have taken away the owner's own bits; the file must stay readable by its owner.
    if (::fchmod(fd.get(), 0600) != 0 || !writeAll(fd.get(), key) || ::fsync(fd.get()) != 0
        || ::link(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        error = errno;
    ::unlink(temporary.constData());
    if (error == EEXIST)
        return std::nullopt;
    if (error != 0)
        return Error::invalidArgument(
            KeyFile::tr("The key file %1 cannot be written: %2.").arg(path, qt_error_string(error)));

    syncParentDirectory(path);
    qCInfo(lcCrypto) << "Created a new key file" << path;
    return key;
}

} // namespace

Result<QByteArray> KeyFile::loadOrCreate(const QString &path)
{
    if (path.isEmpty())
        return Error::invalidArgument(tr("No key file was given."));
    const QByteArray nativePath = QFile::encodeName(path);

    // Two rounds: when another process creates the file between our open() and our create, the
    // second round loads the key it wrote instead of failing.
    for (int round = 0;; ++round) {
        // O_NONBLOCK: opening a FIFO given by mistake must not hang; fstat() below refuses it.
        const FileDescriptor existing(openRetrying(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
        if (existing.isValid())
            return load(existing.get(), path);
        if (const int error = errno; error != ENOENT)
            return Error::invalidArgument(
                tr("The key file %1 cannot be opened: %2.").arg(path, qt_error_string(error)));

        if (std::optional<Result<QByteArray>> created = create(path))
            return std::move(*created);
        if (round > 0)
            return Error::invalidArgument(
                tr("The key file %1 cannot be created: it exists, but cannot be opened.").arg(path));
    }
}

} // namespace authdesk
