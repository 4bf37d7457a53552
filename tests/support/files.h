#pragma once

#include <QByteArray>
#include <QString>

namespace authdesk {

// The permission bits of a file, as `stat` shows them (e.g. 0600); -1 when there is no such file.
int fileMode(const QString &path);
// A file's whole content; empty when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace authdesk
