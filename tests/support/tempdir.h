#pragma once

#include <QString>
#include <QTemporaryDir>

namespace authdesk {

// A temporary folder for one test, removed afterwards, with a helper for paths inside it.
class TempDir
{
public:
    TempDir();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace authdesk
