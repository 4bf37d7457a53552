#pragma once

#include "domain/result.h"
#include "ui/refreshablepage.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace authdesk {

class ApplicationService;
class Clock;
class ReasonDialog;
class SessionService;
class SessionTableModel;
class TestUserService;
struct TokenFamily;

// Support staff's view of sessions (refresh-token families): find them by user, application or state,
// and revoke one, all of a user or all of an application, always with a reason for the audit log.
class SessionsPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    // The applications, test users and clock are for the table; the actor is the operator's name for the
    // audit log.
    SessionsPage(SessionService &sessions, ApplicationService &applications, TestUserService &testUsers,
        const Clock &clock, QString actor, QWidget *parent = nullptr);

    void refresh() override;

    // Each asks for a reason in a ReasonDialog (shown without blocking) and revokes once it is given.
    // They return the dialog so that callers, such as tests, can answer it; null when nothing is selected.
    ReasonDialog *revokeSelectedSession();
    ReasonDialog *revokeAllOfSelectedUser();
    ReasonDialog *revokeAllOfSelectedApplication();

    SessionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *userFilter() const { return m_userFilter; }
    QComboBox *applicationFilter() const { return m_applicationFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    // Applies the filters now instead of after the typing pause.
    void applyFilters();
    // Shows the sessions of this user (by e-mail) in every application and state.
    void showUser(const QString &email);

protected:
    // Sessions and users change behind the console's back (logins, lockouts over HTTP), so the page
    // shows fresh data whenever it is opened.
    void showEvent(QShowEvent *event) override;

private:
    const TokenFamily *selectedFamily() const;
    ReasonDialog *askReason(const QString &title, const QString &question, const QString &acceptText);
    // Runs `revoke` with the reason given, then says how many sessions it ended, or why none.
    void revokeManyOnReason(ReasonDialog *dialog, std::function<Result<int>(const QString &)> revoke);
    void reloadApplications();
    void updateActions();
    void updateSummary();

    SessionService &m_sessions;
    ApplicationService &m_applications;
    const QString m_actor;
    SessionTableModel *m_model;
    QLineEdit *m_userFilter;
    QComboBox *m_applicationFilter;
    QComboBox *m_stateFilter;
    QTimer *m_filterDelay;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_revoke;
    QPushButton *m_revokeUser;
    QPushButton *m_revokeApplication;
};

} // namespace authdesk
