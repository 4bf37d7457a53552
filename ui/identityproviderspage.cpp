#include "ui/identityproviderspage.h"

#include "services/builtinidp.h"
#include "services/identityproviderservice.h"
#include "services/servercontrol.h"
#include "ui/icons.h"
#include "ui/messagebox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

IdentityProvidersPage::IdentityProvidersPage(
    IdentityProviderService &identityProviders, QString actor, ServerControl *server, QWidget *parent)
    : QWidget(parent)
    , m_identityProviders(identityProviders)
    , m_actor(std::move(actor))
    , m_server(server)
    , m_list(new QListWidget(this))
    , m_idpId(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_trusted(new QPlainTextEdit(this))
    , m_jwksUri(new QLineEdit(this))
    , m_validation(new QLabel(this))
    , m_new(new QPushButton(icon(Icon::Add), tr("&New provider"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(icon(Icon::Delete), tr("&Remove…"), this))
    , m_test(new QPushButton(tr("&Test discovery"), this))
    , m_addTestIdp(new QPushButton(icon(Icon::Add), tr("Add AuthDesk's &built-in test IdP"), this))
    , m_discoveryView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("IdentityProvidersPage"));
    m_list->setObjectName(QStringLiteral("providers"));
    m_list->setMinimumWidth(200);
    m_idpId->setPlaceholderText(tr("e.g. google or my-sso"));
    m_name->setPlaceholderText(tr("e.g. Google"));
    m_issuer->setPlaceholderText(tr("e.g. https://accounts.google.com"));
    m_clientId->setPlaceholderText(tr("The marketplace's client ID at the IdP"));
    m_trusted->setPlaceholderText(tr("Other client IDs whose tokens are accepted, one per line"));
    m_trusted->setTabChangesFocus(true);
    m_trusted->setMaximumHeight(64);
    m_jwksUri->setPlaceholderText(tr("Empty: found through the issuer's OpenID configuration"));
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_discoveryView->setObjectName(QStringLiteral("discovery"));
    m_discoveryView->setReadOnly(true);
    m_discoveryView->setPlaceholderText(
        tr("Test discovery fetches the issuer's OpenID configuration and its JWKS, and shows what it found."));
    m_test->setToolTip(tr("Fetch the issuer's metadata and keys now, as an IdP login would"));

    auto *form = new QFormLayout;
    form->addRow(tr("IdP &ID:"), m_idpId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Issuer URL:"), m_issuer);
    form->addRow(tr("&Client ID:"), m_clientId);
    form->addRow(tr("T&rusted client IDs:"), m_trusted);
    form->addRow(tr("&JWKS URL (optional):"), m_jwksUri);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_validation);
    right->addLayout(buttons);
    right->addWidget(new QLabel(tr("Discovery:"), this));
    right->addWidget(m_discoveryView, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    left->addWidget(m_addTestIdp);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &IdentityProvidersPage::showSelection);
    connect(m_new, &QPushButton::clicked, this, &IdentityProvidersPage::newProvider);
    connect(m_save, &QPushButton::clicked, this, &IdentityProvidersPage::save);
    connect(m_remove, &QPushButton::clicked, this, &IdentityProvidersPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &IdentityProvidersPage::testDiscovery);
    m_addTestIdp->setObjectName(QStringLiteral("addTestIdp"));
    connect(m_addTestIdp, &QPushButton::clicked, this, &IdentityProvidersPage::addTestIdp);
    if (m_server)
        connect(m_server, &ServerControl::runningChanged, this, &IdentityProvidersPage::updateTestIdpButton);
    connect(&m_discovery, &QFutureWatcherBase::finished, this, [this] {
        m_test->setEnabled(true);
        if (m_discovery.future().resultCount() > 0)
            showDiscovery(m_discovery.result());
    });
    refresh();
}

IdentityProvidersPage::~IdentityProvidersPage()
{
    // The fetch runs on the JWKS thread and ends by itself within its timeout; nothing waits here.
    m_discovery.disconnect(this);
}

void IdentityProvidersPage::refresh()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const Result<QList<IdentityProvider>> providers = m_identityProviders.all();
    if (!providers) {
        MessageBox::error(this, tr("The identity providers could not be loaded."), providers.error());
        return;
    }
    m_providers = *providers;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const IdentityProvider &provider : std::as_const(m_providers)) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(provider.name, provider.idpId), m_list);
            item->setData(Qt::UserRole, provider.idpId);
        }
    }
    updateTestIdpButton();
    if (selected.isEmpty() || !select(selected)) {
        if (m_providers.isEmpty())
            newProvider();
        else
            m_list->setCurrentRow(0);
    }
}

bool IdentityProvidersPage::select(const QString &idpId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == idpId) {
            m_list->setCurrentRow(row);
            showSelection();
            return true;
        }
    }
    return false;
}

void IdentityProvidersPage::newProvider()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_editing = false;
    showProvider(IdentityProvider());
    m_idpId->setFocus();
}

void IdentityProvidersPage::showSelection()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_providers.size())
        return;
    m_editing = true;
    showProvider(m_providers.at(row));
}

void IdentityProvidersPage::showProvider(const IdentityProvider &provider)
{
    m_idpId->setText(provider.idpId);
    m_idpId->setReadOnly(m_editing);
    m_name->setText(provider.name);
    m_issuer->setText(provider.issuer);
    m_clientId->setText(provider.clientId);
    m_trusted->setPlainText(provider.trustedClientIds.join(QLatin1Char('\n')));
    m_jwksUri->setText(provider.jwksUri);
    m_validation->clear();
    m_discoveryView->clear();
    m_remove->setEnabled(m_editing);
    m_save->setText(m_editing ? tr("&Save") : tr("&Add provider"));
}

IdentityProvider IdentityProvidersPage::fromForm() const
{
    IdentityProvider provider;
    provider.idpId = m_idpId->text().trimmed();
    provider.name = m_name->text().trimmed();
    provider.issuer = m_issuer->text().trimmed();
    provider.clientId = m_clientId->text().trimmed();
    for (const QString &line : m_trusted->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            provider.trustedClientIds << line.trimmed();
    }
    provider.jwksUri = m_jwksUri->text().trimmed();
    return provider;
}

bool IdentityProvidersPage::save()
{
    const IdentityProvider provider = fromForm();
    if (const Result<void> valid = IdentityProviderService::validate(provider); !valid) {
        m_validation->setText(valid.error().message());
        return false;
    }
    IdentityProviderService &service = m_identityProviders;
    return showSaved(m_editing ? service.update(provider, m_actor) : service.create(provider, m_actor));
}

bool IdentityProvidersPage::showSaved(const Result<IdentityProvider> &saved)
{
    if (!saved) {
        m_validation->setText(saved.error().message());
        return false;
    }
    m_validation->clear();
    refresh();
    select(saved->idpId);
    return true;
}

void IdentityProvidersPage::removeSelected()
{
    if (!m_editing)
        return;
    const QString idpId = m_idpId->text();
    if (!MessageBox::confirm(this, tr("Remove identity provider"),
            tr("Remove %1? Logins with it stop at once, and every identity linked through it is unlinked.").arg(idpId),
            tr("Remove"))) {
        return;
    }
    if (const Result<void> removed = m_identityProviders.remove(idpId, m_actor); !removed)
        MessageBox::error(this, tr("The identity provider could not be removed."), removed.error());
    refresh();
}

void IdentityProvidersPage::testDiscovery()
{
    const IdentityProvider provider = fromForm();
    IdentityProvider check = provider;
    if (check.idpId.isEmpty())
        check.idpId = QStringLiteral("test"); // discovery needs no ID; the other fields must be right
    if (const Result<void> valid = IdentityProviderService::validate(check); !valid) {
        m_validation->setText(valid.error().message());
        return;
    }
    m_validation->clear();
    m_test->setEnabled(false);
    m_discoveryView->setPlainText(
        tr("Fetching %1 …").arg(provider.jwksUri.isEmpty() ? provider.discoveryUrl() : provider.jwksUri));
    m_discovery.setFuture(m_identityProviders.testDiscovery(provider));
}

void IdentityProvidersPage::updateTestIdpButton()
{
    const QString idpId = QString::fromLatin1(BuiltinIdp::ProviderId);
    const bool exists = std::any_of(m_providers.cbegin(), m_providers.cend(),
        [&idpId](const IdentityProvider &provider) { return provider.idpId == idpId; });
    const bool running = m_server && m_server->isRunning();
    m_addTestIdp->setEnabled(running && !exists);
    if (exists) {
        m_addTestIdp->setToolTip(tr("%1 is already in the list.").arg(idpId));
    } else if (!running) {
        m_addTestIdp->setToolTip(
            tr("Start the server first: the test identity provider is served by it, under /idp/."));
    } else {
        m_addTestIdp->setToolTip(
            tr("Adds the identity provider %1 with the issuer %2, so that loginWithIdp accepts the ID tokens of "
               "AuthDesk's built-in test identity provider (client ID %3).")
                .arg(idpId, BuiltinIdp::issuerFor(m_server->baseUrl().toString()),
                    QString::fromLatin1(BuiltinIdp::DefaultClientId)));
    }
}

bool IdentityProvidersPage::addTestIdp()
{
    if (!m_server || !m_server->isRunning())
        return false;
    IdentityProvider provider;
    provider.idpId = QString::fromLatin1(BuiltinIdp::ProviderId);
    provider.name = tr("AuthDesk test IdP");
    provider.issuer = BuiltinIdp::issuerFor(m_server->baseUrl().toString());
    provider.clientId = QString::fromLatin1(BuiltinIdp::DefaultClientId);
    provider.jwksUri = provider.issuer + QLatin1String("/jwks.json");
    return showSaved(m_identityProviders.create(provider, m_actor));
}

void IdentityProvidersPage::showDiscovery(const IdpDiscovery &discovery)
{
    if (!discovery.reachable) {
        m_discoveryView->setPlainText(tr("Discovery failed: %1\n\nIdP logins with this provider would answer 503 "
                                         "temporarily_unavailable. Check the issuer URL (or the JWKS URL).")
                                          .arg(discovery.error));
        return;
    }
    QStringList lines;
    if (!discovery.issuer.isEmpty()) {
        lines << tr("Issuer in the metadata: %1").arg(discovery.issuer);
        if (!fromForm().issuerMatches(discovery.issuer))
            lines << tr("Warning: this differs from the issuer URL above, so every token would be refused (iss).");
    }
    lines << tr("JWKS: %1").arg(discovery.jwksUri);
    QStringList kids = discovery.keys.keys();
    kids.sort();
    lines << tr("%n signing key(s) with a kid: %1", nullptr, int(kids.size())).arg(kids.join(QStringLiteral(", ")));
    if (discovery.keysWithoutKid > 0)
        lines << tr("%n key(s) without a kid are ignored.", nullptr, discovery.keysWithoutKid);
    m_discoveryView->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace authdesk
