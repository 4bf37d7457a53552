#pragma once

#include "services/testuserservice.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace authdesk {

// Asks for a new test user's e-mail, display name and password. The service validates them.
class NewTestUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTestUserDialog)

public:
    explicit NewTestUserDialog(QWidget *parent = nullptr);

    NewTestUser user() const;

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *createButton() const { return m_create; }

private:
    QLineEdit *m_email;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QPushButton *m_create;
};

} // namespace authdesk
