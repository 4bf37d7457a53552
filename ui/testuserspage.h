#pragma once

#include "services/testuserservice.h"
#include "ui/refreshablepage.h"

#include <QFuture>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QMenu;
class QTableView;
class QTimer;

namespace authdesk {

class NaturalSortProxyModel;

class ApplicationService;
class Clock;
class EmptyStatePage;
class IdentityProviderService;
class LinkedIdentitiesPanel;
class LoginAsButton;
class TestUserService;
class TestUserTableModel;

// The end users of the password grant: search as you type, create one or many, and the support
// jobs: rename, reset a password (which ends their sessions), ban, lift a lockout, delete.
class TestUsersPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestUsersPage)

public:
    static constexpr int SearchDelayMs = 150;

    // The applications are for Log in as, the identity providers for the linked identities; the actor is
    // the operator's name for the audit log.
    TestUsersPage(TestUserService &testUsers, ApplicationService &applications,
        IdentityProviderService &identityProviders, const Clock &clock, QString actor, QWidget *parent = nullptr);
    ~TestUsersPage() override;

    // Loads again what is shown (F5 in the main window), keeping the selection.
    void refresh() override;

    void newUser();
    void editDisplayName();
    void resetPassword();
    void toggleBan();
    void unlock();
    void deleteSelected();
    void bulkCreate();
    // Runs createMany on a worker thread with a progress dialog; returns at once.
    void startBulkCreate(const QList<NewTestUser> &users);
    bool isBulkCreating() const { return m_bulkRunning; }

    // The table's context menu for the selected user: Show sessions and the user actions, each
    // enabled as its button is. The caller owns it.
    QMenu *createContextMenu();

    bool select(const QString &userId);
    QString selectedUserId() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    TestUserTableModel *model() const { return m_model; }
    NaturalSortProxyModel *proxy() const { return m_proxy; }
    EmptyStatePage *emptyState() const { return m_emptyState; }
    bool isShowingEmptyState() const;
    QLabel *statusLabel() const { return m_status; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *resetPasswordButton() const { return m_resetButton; }
    QPushButton *banButton() const { return m_banButton; }
    QPushButton *unlockButton() const { return m_unlockButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *bulkButton() const { return m_bulkButton; }
    LoginAsButton *loginAsButton() const { return m_loginAsButton; }
    QProgressDialog *bulkProgressDialog() const { return m_progress; }

signals:
    // A bulk creation ended: created is how many users now exist that did not before (0 on failure
    // or cancel).
    void bulkCreateFinished(int created);
    // Show sessions: the main window opens the Sessions page filtered to this user.
    void showSessionsRequested(const QString &email);

protected:
    // Sessions and users change behind the console's back (logins, lockouts over HTTP), so the page
    // shows fresh data whenever it is opened.
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateStatus();
    // The selected user as loaded, or nothing.
    std::optional<TestUser> selectedUser() const;
    void showChanged(const Result<TestUser> &changed, const QString &failedAction, const QString &done);

    TestUserService &m_testUsers;
    const Clock &m_clock;
    const QString m_actor;
    TestUserTableModel *m_model = nullptr;
    NaturalSortProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack;
    EmptyStatePage *m_emptyState;
    QPushButton *m_emptyNewButton;
    QPushButton *m_emptyBulkButton;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_table;
    QLabel *m_status;
    LinkedIdentitiesPanel *m_identities;
    QPushButton *m_newButton;
    QPushButton *m_bulkButton;
    QPushButton *m_editButton;
    QPushButton *m_resetButton;
    QPushButton *m_banButton;
    QPushButton *m_unlockButton;
    QPushButton *m_deleteButton;
    LoginAsButton *m_loginAsButton;
    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_findAction;
    QPointer<QProgressDialog> m_progress;
    bool m_bulkRunning = false;
    // Shared with the worker, which may outlive a cancelled dialog.
    std::shared_ptr<std::atomic_bool> m_bulkCancel;
    QFuture<void> m_bulkFuture;
};

} // namespace authdesk
