#include "keyfilechoice.h"

#include "ui/nokeychaindialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace authdesk {

namespace {

const auto KeyFileKey = QLatin1String("security/keyFile");

} // namespace

QString KeyFileChoice::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kek.key");
}

QString KeyFileChoice::keyFileToUse(const QString &commandLineKeyFile)
{
    if (!commandLineKeyFile.isEmpty())
        return commandLineKeyFile;
    return QSettings().value(KeyFileKey).toString();
}

QString KeyFileChoice::offer(const Error &keychainError)
{
    const QString path = defaultPath();
    NoKeychainDialog dialog(keychainError.message(), path);
    dialog.exec();
    if (!dialog.keyFileChosen())
        return {};
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSettings().setValue(KeyFileKey, path);
    return path;
}

} // namespace authdesk
