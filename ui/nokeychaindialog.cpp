#include "ui/nokeychaindialog.h"

#include <QDir>
#include <QPushButton>

namespace authdesk {

NoKeychainDialog::NoKeychainDialog(const QString &keychainError, const QString &keyFilePath, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("No keychain is available"),
        tr("AuthDesk keeps the key that protects its signing key in the OS keychain, and none is usable."),
        QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("noKeychainDialog"));
    setInformativeText(
        tr("AuthDesk can keep that key in a file instead:\n%1\n\nThe file is readable by you only (mode 0600). "
           "Anyone who can read it can sign tokens that AuthDesk accepts, so keep it out of backups you share. "
           "AuthDesk remembers this choice; keep the file as long as you use this database.")
            .arg(QDir::toNativeSeparators(keyFilePath)));
    setDetailedText(keychainError);
    m_useKeyFile = addButton(tr("Use a &key file"), QMessageBox::AcceptRole);
    m_quit = addButton(tr("&Quit"), QMessageBox::RejectRole);
    setDefaultButton(m_useKeyFile);
    setEscapeButton(m_quit);
}

bool NoKeychainDialog::keyFileChosen() const
{
    return clickedButton() == m_useKeyFile;
}

} // namespace authdesk
