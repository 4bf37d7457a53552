#pragma once

#include "ui/refreshablepage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace authdesk {

class ApplicationService;
class ServerControl;
class TokenService;

// Issues a token from the console, through the same TokenService as the token endpoint, and shows the
// response and the decoded JWT. The operator asked to see the token here, so it is shown, and it is
// written nowhere else: not to the request log, not to a log file, not to settings.
class TryItPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TryItPage)

public:
    // The server, null without one, gives the issuer and says whether the token can be used now.
    TryItPage(ApplicationService &applications, TokenService &tokens, ServerControl *server, QWidget *parent = nullptr);

    // Reloads the applications and their grants.
    void refresh() override;
    // Issues a token with what the fields say; true when one was issued.
    bool issueToken();

    QComboBox *applicationCombo() const { return m_application; }
    QComboBox *grantCombo() const { return m_grant; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *tokenField() const { return m_token; }
    QString outcomeText() const;
    QString responseText() const;
    QString headerText() const;
    // The claims as JSON, and as shown: with the dates of exp and iat beside their numbers.
    QString claimsText() const;
    QString shownClaimsText() const;

private:
    QWidget *createRequestBox();
    QWidget *createResultBox();
    void updateGrants();
    void updateFields();

    ApplicationService &m_applications;
    TokenService &m_tokens;
    ServerControl *m_server;
    QComboBox *m_application = nullptr;
    QComboBox *m_grant = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_outcome = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_claims = nullptr;
    QString m_claimsJson;
};

} // namespace authdesk
