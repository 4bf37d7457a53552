#pragma once

#include "domain/testuser.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace authdesk {

class IdentityProviderService;

// Under the Test users table: whether the selected user's e-mail is verified (an IdP login may match
// it by e-mail only then) and the identities at identity providers linked to them, each unlinkable.
class LinkedIdentitiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedIdentitiesPanel)

public:
    // The actor is the operator's name for the audit log.
    LinkedIdentitiesPanel(IdentityProviderService &identityProviders, QString actor, QWidget *parent = nullptr);

    void showUser(const std::optional<TestUser> &user);
    void unlinkSelected();

    QListWidget *identitiesView() const { return m_identities; }
    QLabel *verifiedLabel() const { return m_verified; }

private:
    void reload();

    IdentityProviderService &m_identityProviders;
    const QString m_actor;
    std::optional<TestUser> m_user;
    QLabel *m_verified;
    QListWidget *m_identities;
    QPushButton *m_unlink;
};

} // namespace authdesk
