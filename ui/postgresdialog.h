#pragma once

#include "ui/databaseswitch.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace authdesk {

// File > Connect to PostgreSQL…: where the server is, which database and login, whether to keep the
// password in the keychain, and a "Test connection" button. Connect tests the connection first and
// only closes the dialog once it works, so the console never reopens on a database it cannot use.
class PostgresDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresDialog)

public:
    // Runs on a worker thread: connecting may wait for the server's connection timeout.
    using ConnectionTest = std::function<Result<void>(const PostgresTarget &)>;

    PostgresDialog(const PostgresTarget &initial, ConnectionTest test, QWidget *parent = nullptr);
    ~PostgresDialog() override;

    PostgresTarget login() const;
    bool rememberPassword() const;
    bool isTesting() const { return !m_worker.isNull(); }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *connectButton() const { return m_connectButton; }
    // Why the form cannot be used yet (empty host or database); hidden when it can.
    QLabel *problemLabel() const { return m_problem; }
    // The outcome of the last test: success, or the server's reason.
    QLabel *resultLabel() const { return m_result; }

signals:
    void testFinished(bool ok);

private:
    void updateState();
    void startTest(bool acceptWhenOk);
    void testDone(const Result<void> &outcome, bool acceptWhenOk);

    ConnectionTest m_test;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QLabel *m_result;
    QPushButton *m_testButton;
    QPushButton *m_connectButton;
    QPointer<QThread> m_worker;
};

} // namespace authdesk
