#include "ui/applicationdetailpane.h"

#include "domain/clock.h"
#include "ui/applicationtablemodel.h"
#include "ui/displaytime.h"
#include "ui/durationedit.h"
#include "ui/icons.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace authdesk {

namespace {

constexpr int MaxLifetimeSeconds = 3650 * 24 * 3600; // the service's upper bound: 10 years

QString grantText(GrantType grant)
{
    switch (grant) {
    case GrantType::ClientCredentials:
        return ApplicationDetailPane::tr("client_credentials: anonymous access, or the application as itself");
    case GrantType::Password:
        return ApplicationDetailPane::tr("password: users log in with e-mail and password");
    case GrantType::RefreshToken:
        return ApplicationDetailPane::tr("refresh_token: stay logged in with refresh tokens");
    case GrantType::TokenExchange:
        return ApplicationDetailPane::tr("token_exchange: trusted user tokens for a backend");
    case GrantType::AuthWithIdp:
        return ApplicationDetailPane::tr("auth_with_idp: users log in with an identity provider");
    case GrantType::AuthorizationCode:
        return ApplicationDetailPane::tr("authorization_code: operators log in as a user (login-as)");
    }
    Q_UNREACHABLE();
}

} // namespace

ApplicationDetailPane::ApplicationDetailPane(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_type(new QLabel(this))
    , m_clientId(new QLineEdit(this))
    , m_copyClientId(new QPushButton(icon(Icon::Copy), tr("Copy"), this))
    , m_secretState(new QLabel(this))
    , m_accessTtl(new DurationEdit(1, 24 * 3600, this))
    , m_refreshTtl(new DurationEdit(60, MaxLifetimeSeconds, this))
    , m_idleEnabled(new QCheckBox(tr("End sessions unused for"), this))
    , m_idleTimeout(new DurationEdit(60, MaxLifetimeSeconds, this))
    , m_grace(new DurationEdit(0, GrantSettings::MaxGraceWindow, this))
    , m_origins(new QPlainTextEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled: token requests with this client ID are answered"), this))
    , m_loginAsGroup(new QGroupBox(tr("Log in as a user"), this))
    , m_marketplaceUrl(new QLineEdit(this))
    , m_marketplaceUrlProblem(new QLabel(this))
    , m_environment(new QComboBox(this))
    , m_autoApprove(new QCheckBox(tr("Approve login-as requests automatically (no approval page)"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_rotate(new QPushButton(icon(Icon::Key), tr("&Rotate secret…"), this))
    , m_delete(new QPushButton(icon(Icon::Delete), tr("Delete…"), this))
{
    setObjectName(QStringLiteral("ApplicationDetailPane"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setReadOnly(true);
    m_clientId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyClientId->setObjectName(QStringLiteral("copyClientId"));
    m_copyClientId->setToolTip(tr("Copy the client ID to the clipboard"));
    m_secretState->setWordWrap(true);
    m_secretState->setForegroundRole(QPalette::PlaceholderText);
    m_origins->setObjectName(QStringLiteral("origins"));
    m_origins->setPlaceholderText(tr("One origin per line, such as http://localhost:3000"));
    m_origins->setTabChangesFocus(true);
    m_origins->setMaximumHeight(m_origins->fontMetrics().lineSpacing() * 5 + 12);
    m_grace->setToolTip(tr("How long the previous refresh token still answers after a rotation, for clients "
                           "that retry a lost response. 0 turns the grace off."));
    m_idleTimeout->setToolTip(tr("A session whose refresh token is not used for this long ends."));
    m_save->setObjectName(QStringLiteral("save"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_rotate->setObjectName(QStringLiteral("rotate"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_save->setDefault(true);

    auto *clientIdRow = new QHBoxLayout;
    clientIdRow->addWidget(m_clientId, 1);
    clientIdRow->addWidget(m_copyClientId);

    auto *identity = new QFormLayout;
    identity->addRow(tr("&Name:"), m_name);
    identity->addRow(tr("Type:"), m_type);
    identity->addRow(tr("Client ID:"), clientIdRow);
    identity->addRow(QString(), m_secretState);

    auto *grantsBox = new QGroupBox(tr("Grants"), this);
    auto *grantsLayout = new QVBoxLayout(grantsBox);
    for (GrantType grant : { GrantType::ClientCredentials, GrantType::Password, GrantType::RefreshToken,
             GrantType::TokenExchange, GrantType::AuthorizationCode, GrantType::AuthWithIdp }) {
        auto *box = new QCheckBox(grantText(grant), grantsBox);
        box->setObjectName(grantTypeName(grant));
        grantsLayout->addWidget(box);
        m_grants.insert(grant, box);
    }

    auto *tokensBox = new QGroupBox(tr("Tokens"), this);
    auto *tokens = new QFormLayout(tokensBox);
    // Every lifetime is a number and a unit across the whole row, the grace window like the others.
    // A label's mnemonic goes to the number (the duration edits' focus proxy).
    tokens->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tokens->addRow(tr("&Access-token lifetime:"), m_accessTtl);
    tokens->addRow(tr("Re&fresh-token lifetime:"), m_refreshTtl);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleEnabled);
    idleRow->addWidget(m_idleTimeout, 1);
    tokens->addRow(tr("Idle timeout:"), idleRow);
    tokens->addRow(tr("Rotation &grace window:"), m_grace);

    auto *originsBox = new QGroupBox(tr("Browser origins (CORS)"), this);
    auto *originsLayout = new QVBoxLayout(originsBox);
    originsLayout->addWidget(m_origins);

    m_marketplaceUrl->setObjectName(QStringLiteral("marketplaceUrl"));
    m_marketplaceUrl->setPlaceholderText(tr("The marketplace's root URL, such as http://localhost:3000"));
    m_marketplaceUrl->setToolTip(tr("Where the marketplace runs. Login-as redirects only to this origin; "
                                    "without it, Log in as… is not possible."));
    m_marketplaceUrlProblem->setObjectName(QStringLiteral("marketplaceUrlProblem"));
    m_marketplaceUrlProblem->setWordWrap(true);
    m_marketplaceUrlProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_marketplaceUrlProblem->hide();
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(
        tr("dev: login-as tokens have the user scope"), environmentName(MarketplaceEnvironment::Dev));
    m_environment->addItem(
        tr("test: login-as tokens have the user scope"), environmentName(MarketplaceEnvironment::Test));
    m_environment->addItem(
        tr("live: login-as tokens are limited (user:limited)"), environmentName(MarketplaceEnvironment::Live));
    m_autoApprove->setObjectName(QStringLiteral("loginAsAutoApprove"));
    m_loginAsGroup->setObjectName(QStringLiteral("loginAsGroup"));
    auto *loginAs = new QFormLayout(m_loginAsGroup);
    loginAs->addRow(tr("&Marketplace URL:"), m_marketplaceUrl);
    loginAs->addRow(QString(), m_marketplaceUrlProblem);
    loginAs->addRow(tr("En&vironment:"), m_environment);
    loginAs->addRow(QString(), m_autoApprove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addWidget(m_enabled);
    layout->addWidget(grantsBox);
    layout->addWidget(tokensBox);
    layout->addWidget(originsBox);
    layout->addWidget(m_loginAsGroup);
    layout->addStretch();
    layout->addLayout(buttons);

    // Every edit re-checks whether there is anything to save.
    connect(m_name, &QLineEdit::textChanged, this, &ApplicationDetailPane::updateState);
    for (QCheckBox *box : std::as_const(m_grants))
        connect(box, &QCheckBox::toggled, this, &ApplicationDetailPane::updateState);
    for (DurationEdit *box : { m_accessTtl, m_refreshTtl, m_idleTimeout, m_grace })
        connect(box, &DurationEdit::secondsChanged, this, &ApplicationDetailPane::updateState);
    connect(m_idleEnabled, &QCheckBox::toggled, this, &ApplicationDetailPane::updateState);
    connect(m_origins, &QPlainTextEdit::textChanged, this, &ApplicationDetailPane::updateState);
    connect(m_enabled, &QCheckBox::toggled, this, &ApplicationDetailPane::updateState);
    connect(m_marketplaceUrl, &QLineEdit::textChanged, this, &ApplicationDetailPane::updateState);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ApplicationDetailPane::updateState);
    connect(m_autoApprove, &QCheckBox::toggled, this, &ApplicationDetailPane::updateState);

    connect(m_save, &QPushButton::clicked, this, &ApplicationDetailPane::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { setApplication(m_application); });
    connect(m_rotate, &QPushButton::clicked, this, &ApplicationDetailPane::rotateSecretRequested);
    connect(m_delete, &QPushButton::clicked, this, &ApplicationDetailPane::deleteRequested);
    connect(m_copyClientId, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_application.clientId); });

    setTabOrder(m_name, m_clientId);
    setTabOrder(m_clientId, m_copyClientId);
    setTabOrder(m_copyClientId, m_enabled);
    QWidget *previous = m_enabled;
    for (QCheckBox *box : std::as_const(m_grants)) {
        setTabOrder(previous, box);
        previous = box;
    }
    for (QWidget *next :
        std::initializer_list<QWidget *> { m_accessTtl, m_refreshTtl, m_idleEnabled, m_idleTimeout, m_grace, m_origins,
            m_marketplaceUrl, m_environment, m_autoApprove, m_save, m_revert, m_rotate, m_delete }) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void ApplicationDetailPane::setApplication(const Application &application)
{
    m_application = application;
    const GrantSettings &settings = application.settings;
    const QList<GrantType> valid = grantsValidFor(application.type);

    m_name->setText(application.name);
    m_type->setText(ApplicationTableModel::typeText(application.type));
    m_clientId->setText(application.clientId);
    for (auto it = m_grants.cbegin(); it != m_grants.cend(); ++it) {
        // A grant the type can never use is not offered at all, rather than shown disabled.
        it.value()->setVisible(valid.contains(it.key()));
        it.value()->setChecked(settings.isEnabled(it.key()));
    }
    m_accessTtl->setSeconds(settings.accessTokenTtlSeconds);
    m_refreshTtl->setSeconds(settings.refreshTokenTtlSeconds);
    m_idleEnabled->setChecked(settings.refreshIdleTimeoutSeconds.has_value());
    m_idleTimeout->setSeconds(settings.refreshIdleTimeoutSeconds.value_or(30LL * 24 * 3600));
    m_grace->setSeconds(settings.graceWindowSeconds);
    m_origins->setPlainText(settings.corsOrigins.join(QLatin1Char('\n')));
    m_enabled->setChecked(application.enabled);
    m_loginAsGroup->setVisible(application.type == ApplicationType::Marketplace);
    m_marketplaceUrl->setText(application.loginAs.marketplaceUrl);
    m_environment->setCurrentIndex(m_environment->findData(environmentName(application.loginAs.environment)));
    m_autoApprove->setChecked(application.loginAs.autoApprove);

    const QDateTime now = m_clock.now();
    if (application.previousSecretValidUntil.isValid() && application.previousSecretValidUntil > now) {
        m_secretState->setText(
            tr("The previous secret also works until %1.").arg(displayTime(application.previousSecretValidUntil)));
    } else if (application.secretHash.isEmpty()) {
        m_secretState->setText(tr("No secret: only public requests are possible. Rotate to set one."));
    } else {
        m_secretState->setText(tr("Has a secret. AuthDesk cannot show it; rotate to get a new one."));
    }
    updateState();
}

Application ApplicationDetailPane::editedApplication() const
{
    Application edited = m_application;
    edited.name = m_name->text();
    GrantSettings &settings = edited.settings;
    settings.enabledGrants.clear();
    for (GrantType grant : grantsValidFor(edited.type)) {
        if (m_grants.value(grant)->isChecked())
            settings.enabledGrants.append(grant);
    }
    settings.accessTokenTtlSeconds = m_accessTtl->seconds();
    settings.refreshTokenTtlSeconds = m_refreshTtl->seconds();
    settings.refreshIdleTimeoutSeconds
        = m_idleEnabled->isChecked() ? std::optional<qint64>(m_idleTimeout->seconds()) : std::nullopt;
    settings.graceWindowSeconds = m_grace->seconds();
    settings.corsOrigins.clear();
    const QStringList lines = m_origins->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            settings.corsOrigins.append(line.trimmed());
    }
    edited.enabled = m_enabled->isChecked();
    if (edited.type == ApplicationType::Marketplace) {
        edited.loginAs.marketplaceUrl = m_marketplaceUrl->text().trimmed();
        edited.loginAs.environment
            = environmentFromName(m_environment->currentData().toString()).value_or(MarketplaceEnvironment::Dev);
        edited.loginAs.autoApprove = m_autoApprove->isChecked();
    }
    return edited;
}

bool ApplicationDetailPane::hasUnsavedChanges() const
{
    const Application edited = editedApplication();
    // The order of grants is not a change; the service stores them as a set.
    auto sameGrants = [](QList<GrantType> a, QList<GrantType> b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    Application original = m_application;
    original.settings.enabledGrants = edited.settings.enabledGrants;
    return edited != original || !sameGrants(edited.settings.enabledGrants, m_application.settings.enabledGrants);
}

void ApplicationDetailPane::updateState()
{
    m_idleTimeout->setEnabled(m_idleEnabled->isChecked());
    const QString url = m_marketplaceUrl->text().trimmed();
    const bool urlOk = url.isEmpty() || LoginAsSettings::isValidMarketplaceUrl(url);
    m_marketplaceUrlProblem->setVisible(!urlOk);
    m_marketplaceUrlProblem->setText(urlOk
            ? QString()
            : tr("Not a web address. Write the marketplace's root URL as http(s)://host[:port], such as "
                 "http://localhost:3000."));
    const bool changed = hasUnsavedChanges();
    // A bad URL keeps Save off; the line above says what to write instead.
    m_save->setEnabled(changed && urlOk);
    m_revert->setEnabled(changed);
}

} // namespace authdesk
