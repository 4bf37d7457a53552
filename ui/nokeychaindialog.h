#pragma once

#include <QMessageBox>

class QPushButton;

namespace authdesk {

// First start without a usable OS keychain: says why, and offers to keep the key-encryption key in a
// file only this user can read (the same file scripts/run uses), naming where it goes. Quit is the
// other way out.
class NoKeychainDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoKeychainDialog)

public:
    NoKeychainDialog(const QString &keychainError, const QString &keyFilePath, QWidget *parent = nullptr);

    QPushButton *useKeyFileButton() const { return m_useKeyFile; }
    QPushButton *quitButton() const { return m_quit; }
    bool keyFileChosen() const;

private:
    QPushButton *m_useKeyFile;
    QPushButton *m_quit;
};

} // namespace authdesk
