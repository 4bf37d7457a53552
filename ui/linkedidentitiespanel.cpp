#include "ui/linkedidentitiespanel.h"

#include "services/identityproviderservice.h"
#include "ui/displaytime.h"
#include "ui/messagebox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {

constexpr int IdpRole = Qt::UserRole;
constexpr int SubjectRole = Qt::UserRole + 1;

} // namespace

LinkedIdentitiesPanel::LinkedIdentitiesPanel(IdentityProviderService &identityProviders, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_identityProviders(identityProviders)
    , m_actor(std::move(actor))
    , m_verified(new QLabel(this))
    , m_identities(new QListWidget(this))
    , m_unlink(new QPushButton(tr("Un&link identity…"), this))
{
    setObjectName(QStringLiteral("LinkedIdentitiesPanel"));
    m_identities->setObjectName(QStringLiteral("linkedIdentities"));
    m_identities->setMaximumHeight(72);
    m_unlink->setObjectName(QStringLiteral("unlinkIdentity"));
    m_unlink->setToolTip(tr("The user can no longer log in with this identity until it is linked again "
                            "(by a login with a verified e-mail)"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_identities, 1);
    row->addWidget(m_unlink, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verified);
    layout->addLayout(row);

    connect(m_unlink, &QPushButton::clicked, this, &LinkedIdentitiesPanel::unlinkSelected);
    connect(m_identities, &QListWidget::currentRowChanged, this,
        [this](int current) { m_unlink->setEnabled(current >= 0 && m_user.has_value()); });
    showUser(std::nullopt);
}

void LinkedIdentitiesPanel::showUser(const std::optional<TestUser> &user)
{
    m_user = user;
    reload();
}

void LinkedIdentitiesPanel::reload()
{
    m_identities->clear();
    m_unlink->setEnabled(false);
    if (!m_user) {
        m_verified->setText(tr("Select a test user to see their e-mail verification and linked identities."));
        return;
    }
    m_verified->setText(m_user->emailVerified
            ? tr("E-mail verified: yes. An IdP login with a verified e-mail of %1 links to this user.")
                  .arg(m_user->email)
            : tr("E-mail verified: no. IdP logins are not matched to this user by e-mail."));
    const Result<QList<LinkedIdentity>> identities = m_identityProviders.identitiesOf(m_user->id);
    if (!identities) {
        m_identities->addItem(tr("The linked identities could not be read: %1").arg(identities.error().message()));
        return;
    }
    if (identities->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No linked identities."), m_identities);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const LinkedIdentity &identity : *identities) {
        auto *item = new QListWidgetItem(
            tr("%1: %2 (linked %3)").arg(identity.idpId, identity.subject, displayTime(identity.linkedAt)),
            m_identities);
        item->setData(IdpRole, identity.idpId);
        item->setData(SubjectRole, identity.subject);
    }
}

void LinkedIdentitiesPanel::unlinkSelected()
{
    QListWidgetItem *item = m_identities->currentItem();
    if (!item || !m_user || item->data(IdpRole).toString().isEmpty())
        return;
    const QString idpId = item->data(IdpRole).toString();
    if (!MessageBox::confirm(this, tr("Unlink identity"),
            tr("Unlink %1's %2 identity? The next login with it needs a verified e-mail to link again.")
                .arg(m_user->email, idpId),
            tr("Unlink"))) {
        return;
    }
    const Result<void> unlinked = m_identityProviders.unlink(idpId, item->data(SubjectRole).toString(), m_actor);
    if (!unlinked)
        MessageBox::error(this, tr("The identity could not be unlinked."), unlinked.error());
    reload();
}

} // namespace authdesk
