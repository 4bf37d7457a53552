#pragma once

#include "domain/identityprovider.h"
#include "domain/result.h"
#include "services/idpdiscovery.h"
#include "ui/refreshablepage.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace authdesk {

class IdentityProviderService;
class ServerControl;

// The OpenID Connect providers whose ID tokens log test users in (POST /v1/auth/auth_with_idp):
// list, add, edit, remove, and Test discovery, which fetches the issuer's metadata and JWKS off the
// GUI thread and shows what it found. One click adds AuthDesk's own test identity provider (/idp/ on
// the running server) as authdesk-test-idp.
class IdentityProvidersPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityProvidersPage)

public:
    // The actor is the operator's name for the audit log.
    // server: the console's server, whose /idp/ the test identity provider button points at; null: none.
    IdentityProvidersPage(IdentityProviderService &identityProviders, QString actor, ServerControl *server = nullptr,
        QWidget *parent = nullptr);
    ~IdentityProvidersPage() override;

    void refresh() override;

    void newProvider();
    // Creates or updates from the form; false (with the reason shown under the form) when invalid.
    bool save();
    void removeSelected();
    void testDiscovery();
    // Adds authdesk-test-idp for the running server's built-in test identity provider; false (with
    // the reason shown under the form) when it cannot.
    bool addTestIdp();
    QPushButton *addTestIdpButton() const { return m_addTestIdp; }
    bool isTesting() const { return m_discovery.isRunning(); }

    bool select(const QString &idpId);
    QListWidget *listView() const { return m_list; }
    QLabel *validationLabel() const { return m_validation; }
    QPlainTextEdit *discoveryView() const { return m_discoveryView; }
    // The form's fields, in the order of the form.
    QLineEdit *idpIdEdit() const { return m_idpId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QPlainTextEdit *trustedEdit() const { return m_trusted; }
    QLineEdit *jwksUriEdit() const { return m_jwksUri; }

private:
    IdentityProvider fromForm() const;
    void showProvider(const IdentityProvider &provider);
    void showSelection();
    void showDiscovery(const IdpDiscovery &discovery);
    void updateTestIdpButton();
    // A created or updated provider selected in the list, or why not under the form.
    bool showSaved(const Result<IdentityProvider> &saved);

    IdentityProviderService &m_identityProviders;
    const QString m_actor;
    ServerControl *m_server;
    QList<IdentityProvider> m_providers;
    bool m_editing = false; // the form shows a stored provider (its idp_id cannot change)
    QListWidget *m_list;
    QLineEdit *m_idpId;
    QLineEdit *m_name;
    QLineEdit *m_issuer;
    QLineEdit *m_clientId;
    QPlainTextEdit *m_trusted;
    QLineEdit *m_jwksUri;
    QLabel *m_validation;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_addTestIdp;
    QPlainTextEdit *m_discoveryView;
    QFutureWatcher<IdpDiscovery> m_discovery;
};

} // namespace authdesk
