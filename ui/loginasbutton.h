#pragma once

#include "domain/application.h"
#include "domain/testuser.h"

#include <QPushButton>
#include <QUrl>
#include <functional>
#include <optional>

class QMenu;

namespace authdesk {

class ApplicationService;

// "Log in as…" for a test user: opens <marketplace_url>/api/initiate-login-as?user_id=<id> in the
// default browser, which starts the marketplace's login-as flow against AuthDesk (spec section 11).
// With several marketplace applications that can, it offers a menu of them. Disabled, with the
// reason as its tool tip and status tip, when no application can or the user cannot log in.
class LoginAsButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginAsButton)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    // applications may be null: no database is open.
    LoginAsButton(ApplicationService *applications, QWidget *parent = nullptr);

    // The user the button is for (none: nothing is selected). Reads the applications again.
    void setUser(const std::optional<TestUser> &user);
    // Opens the URL for the application with this client ID; false when it cannot.
    bool logInAs(const QString &clientId);
    // The applications the menu offers, in order.
    QList<Application> candidates() const { return m_candidates; }
    // Why the button is disabled, or empty.
    QString reason() const { return m_reason; }

    // Where the URL is opened; QDesktopServices::openUrl by default (tests replace it).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    static QUrl initiateUrl(const Application &application, const QString &userId);

private:
    void disableWith(const QString &reason);

    ApplicationService *m_applications;
    QMenu *m_menu;
    std::optional<TestUser> m_user;
    QList<Application> m_candidates;
    QString m_reason;
    UrlOpener m_opener;
};

} // namespace authdesk
