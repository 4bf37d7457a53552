#include "ui/loginasbutton.h"

#include "services/applicationservice.h"

#include <QDesktopServices>
#include <QMenu>
#include <QUrlQuery>

namespace authdesk {

LoginAsButton::LoginAsButton(ApplicationService *applications, QWidget *parent)
    : QPushButton(tr("Log &in as…"), parent)
    , m_applications(applications)
    , m_menu(new QMenu(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("logInAs"));
    m_menu->setObjectName(QStringLiteral("logInAsMenu"));
    connect(this, &QPushButton::clicked, this, [this] {
        if (m_candidates.size() == 1)
            logInAs(m_candidates.first().clientId);
    });
    disableWith(tr("Select a test user to log in as."));
}

QUrl LoginAsButton::initiateUrl(const Application &application, const QString &userId)
{
    QUrl url(application.loginAs.marketplaceUrl, QUrl::StrictMode);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/initiate-login-as"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_id"), userId);
    url.setQuery(query);
    return url;
}

void LoginAsButton::disableWith(const QString &reason)
{
    m_reason = reason;
    setEnabled(false);
    setMenu(nullptr);
    setToolTip(reason);
    setStatusTip(reason);
}

void LoginAsButton::setUser(const std::optional<TestUser> &user)
{
    m_user = user;
    m_candidates.clear();
    m_menu->clear();
    if (!m_applications)
        return disableWith(tr("No database is open."));
    if (!user)
        return disableWith(tr("Select a test user to log in as."));
    if (user->banned)
        return disableWith(tr("%1 is banned; unban the user to log in as them.").arg(user->email));

    const Result<QList<Application>> applications = m_applications->list();
    if (!applications)
        return disableWith(applications.error().message());
    bool anyMarketplace = false;
    for (const Application &application : *applications) {
        if (application.type != ApplicationType::Marketplace)
            continue;
        anyMarketplace = true;
        if (application.enabled && !application.loginAs.marketplaceOrigin().isEmpty()
            && application.settings.isEnabled(GrantType::AuthorizationCode)) {
            m_candidates << application;
        }
    }
    if (!anyMarketplace)
        return disableWith(tr("There is no marketplace application. Create one on the Applications page."));
    if (m_candidates.isEmpty()) {
        return disableWith(tr("No marketplace application has a marketplace URL (with the authorization_code grant "
                              "and the application enabled). Set one on the Applications page."));
    }

    m_reason.clear();
    setEnabled(true);
    if (m_candidates.size() == 1) {
        setMenu(nullptr);
        const QString tip = tr("Open %1 in the browser, logged in as %2")
                                .arg(m_candidates.first().loginAs.marketplaceUrl, user->email);
        setToolTip(tip);
        setStatusTip(tip);
        return;
    }
    for (const Application &application : std::as_const(m_candidates)) {
        QAction *action = m_menu->addAction(tr("%1 (%2, %3)")
                                                .arg(application.name, application.loginAs.marketplaceUrl,
                                                    environmentName(application.loginAs.environment)));
        const QString clientId = application.clientId;
        connect(action, &QAction::triggered, this, [this, clientId] { logInAs(clientId); });
    }
    setMenu(m_menu);
    const QString tip = tr("Choose the marketplace to open, logged in as %1").arg(user->email);
    setToolTip(tip);
    setStatusTip(tip);
}

bool LoginAsButton::logInAs(const QString &clientId)
{
    if (!m_user)
        return false;
    for (const Application &application : std::as_const(m_candidates)) {
        if (application.clientId == clientId)
            return m_opener(initiateUrl(application, m_user->id));
    }
    return false;
}

} // namespace authdesk
