#include "ui/tryitpage.h"

#include "domain/application.h"
#include "services/applicationservice.h"
#include "services/oauth.h"
#include "services/servercontrol.h"
#include "services/tokenservice.h"
#include "ui/tryitresult.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {

QString grantDescription(GrantType grant, ApplicationType type)
{
    switch (grant) {
    case GrantType::ClientCredentials:
        return type == ApplicationType::Marketplace
            ? TryItPage::tr("client_credentials: an anonymous token (public-read)")
            : TryItPage::tr("client_credentials: an integration token");
    case GrantType::Password:
        return TryItPage::tr("password: log a test user in");
    case GrantType::RefreshToken:
        return TryItPage::tr("refresh_token: a new pair for a refresh token");
    case GrantType::TokenExchange:
        return TryItPage::tr("token_exchange: a trusted-user token for a user token");
    case GrantType::AuthWithIdp:
        return TryItPage::tr("auth_with_idp: log in with an identity provider's ID token");
    case GrantType::AuthorizationCode: // not offered: a code comes only from the approval page
        return grantTypeName(grant);
    }
    Q_UNREACHABLE();
}

QPlainTextEdit *jsonView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

TryItPage::TryItPage(ApplicationService &applications, TokenService &tokens, ServerControl *server, QWidget *parent)
    : QWidget(parent)
    , m_applications(applications)
    , m_tokens(tokens)
    , m_server(server)
{
    setObjectName(QStringLiteral("TryItPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createRequestBox());
    layout->addWidget(createResultBox(), 1);
    refresh();
}

QWidget *TryItPage::createRequestBox()
{
    auto *box = new QGroupBox(tr("Request"));
    m_application = new QComboBox(box);
    m_grant = new QComboBox(box);
    m_email = new QLineEdit(box);
    m_email->setPlaceholderText(tr("joe@example.com"));
    m_password = new QLineEdit(box);
    m_password->setEchoMode(QLineEdit::Password);
    m_secret = new QLineEdit(box);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("needed for integration clients and token exchange"));
    m_tokenLabel = new QLabel(tr("Refresh &token:"), box);
    m_token = new QLineEdit(box);
    m_tokenLabel->setBuddy(m_token);
    m_issue = new QPushButton(tr("&Issue token"), box);
    m_issue->setDefault(true);
    m_issue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Application:"), m_application);
    form->addRow(tr("&Grant:"), m_grant);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(tr("Test user &e-mail:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_tokenLabel, m_token);
    auto *issueRow = new QHBoxLayout;
    issueRow->addWidget(m_issue);
    issueRow->addWidget(new QLabel(tr("The token is shown here only; it is not written to any log."), box), 1);
    form->addRow(QString(), issueRow);

    connect(m_application, &QComboBox::currentIndexChanged, this, &TryItPage::updateGrants);
    connect(m_grant, &QComboBox::currentIndexChanged, this, &TryItPage::updateFields);
    connect(m_issue, &QPushButton::clicked, this, &TryItPage::issueToken);
    return box;
}

QWidget *TryItPage::createResultBox()
{
    auto *box = new QGroupBox(tr("Result"));
    m_outcome = new QLabel(tr("Pick an application and a grant, then issue a token."), box);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_response = jsonView(box, QStringLiteral("response"));
    m_header = jsonView(box, QStringLiteral("jwtHeader"));
    m_claims = jsonView(box, QStringLiteral("jwtClaims"));

    auto *grid = new QGridLayout(box);
    grid->addWidget(m_outcome, 0, 0, 1, 2);
    const auto addView = [this, box, grid](int row, int column, const QString &title, QPlainTextEdit *view) {
        auto *label = new QLabel(title, box);
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setToolTip(tr("Copy %1").arg(title));
        auto *heading = new QHBoxLayout;
        heading->addWidget(label, 1);
        heading->addWidget(copy);
        grid->addLayout(heading, row, column);
        grid->addWidget(view, row + 1, column);
        connect(copy, &QPushButton::clicked, this, [this, view] {
            // The claims are shown with dates beside the times; the copy is the JSON alone.
            const QString text = view == m_claims ? m_claimsJson : view->toPlainText();
            if (!text.isEmpty())
                QGuiApplication::clipboard()->setText(text);
        });
    };
    addView(1, 0, tr("Token response"), m_response);
    addView(1, 1, tr("JWT header"), m_header);
    addView(3, 0, tr("JWT claims"), m_claims);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(4, 1);
    return box;
}

void TryItPage::refresh()
{
    const QString selected = m_application->currentData().toString();
    {
        const QSignalBlocker blocker(m_application);
        m_application->clear();
        const Result<QList<Application>> applications = m_applications.list();
        if (applications) {
            for (const Application &application : *applications) {
                const QString name = application.enabled ? application.name : tr("%1 (disabled)").arg(application.name);
                m_application->addItem(name, application.clientId);
            }
        } else {
            m_outcome->setText(tr("The applications could not be read: %1").arg(applications.error().message()));
        }
        const int index = m_application->findData(selected);
        m_application->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateGrants();
}

void TryItPage::updateGrants()
{
    const QString previous = m_grant->currentData().toString();
    const QSignalBlocker blocker(m_grant);
    m_grant->clear();
    const QString clientId = m_application->currentData().toString();
    if (!clientId.isEmpty()) {
        const Result<std::optional<Application>> found = m_applications.find(clientId);
        if (found && found->has_value()) {
            const Application &application = **found;
            for (GrantType grant : grantsValidFor(application.type)) {
                // An IdP login needs an ID token from a real IdP; this page sends token requests only.
                if (application.settings.isEnabled(grant) && grant != GrantType::AuthWithIdp
                    && grant != GrantType::AuthorizationCode)
                    m_grant->addItem(grantDescription(grant, application.type), grantTypeName(grant));
            }
        }
    }
    const int index = m_grant->findData(previous);
    m_grant->setCurrentIndex(index >= 0 ? index : 0);
    updateFields();
}

void TryItPage::updateFields()
{
    const std::optional<GrantType> grant = grantTypeFromName(m_grant->currentData().toString());
    const bool password = grant == GrantType::Password;
    const bool needsToken = grant == GrantType::RefreshToken || grant == GrantType::TokenExchange;
    m_email->setEnabled(password);
    m_password->setEnabled(password);
    m_token->setEnabled(needsToken);
    m_tokenLabel->setText(
        grant == GrantType::TokenExchange ? tr("Subject &token (a user access token):") : tr("Refresh &token:"));
    m_issue->setEnabled(grant.has_value());
}

bool TryItPage::issueToken()
{
    const QString clientId = m_application->currentData().toString();
    const QString grantName = m_grant->currentData().toString();
    const std::optional<GrantType> grant = grantTypeFromName(grantName);
    if (clientId.isEmpty() || !grant)
        return false;

    TokenRequest request;
    request.parameters.insert(QStringLiteral("grant_type"), grantName);
    request.parameters.insert(QStringLiteral("client_id"), clientId);
    if (*grant == GrantType::Password) {
        request.parameters.insert(QStringLiteral("username"), m_email->text().trimmed());
        request.parameters.insert(QStringLiteral("password"), m_password->text());
    } else if (*grant == GrantType::RefreshToken) {
        request.parameters.insert(QStringLiteral("refresh_token"), m_token->text().trimmed());
    } else if (*grant == GrantType::TokenExchange) {
        request.parameters.insert(QStringLiteral("subject_token"), m_token->text().trimmed());
    }
    request.client.clientId = clientId;
    request.client.method = ClientCredentials::Method::Body;
    request.client.secretPresent = !m_secret->text().isEmpty();
    request.client.clientSecret = m_secret->text();
    // The `iss` claim names the server that would have issued it, so the token works against it.
    request.issuer = m_server ? m_server->baseUrl().toString() : QString();

    const TryItResult shown = TryItResult::from(m_tokens.handle(request));
    m_response->setPlainText(shown.response);
    m_header->setPlainText(shown.header);
    m_claims->setPlainText(shown.annotatedClaims);
    m_claimsJson = shown.claims;
    QString outcome = shown.outcome;
    if (shown.issued && m_server && !m_server->isRunning())
        outcome += QLatin1Char(' ') + tr("The server is stopped, so nothing can use this token until it runs again.");
    m_outcome->setText(outcome);
    return shown.issued;
}

QString TryItPage::outcomeText() const
{
    return m_outcome->text();
}

QString TryItPage::responseText() const
{
    return m_response->toPlainText();
}

QString TryItPage::headerText() const
{
    return m_header->toPlainText();
}

QString TryItPage::claimsText() const
{
    return m_claimsJson;
}

QString TryItPage::shownClaimsText() const
{
    return m_claims->toPlainText();
}

} // namespace authdesk
