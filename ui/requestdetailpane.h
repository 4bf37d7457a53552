#pragma once

#include "services/tokendecision.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;

namespace authdesk {

class ApplicationService;

// The whole decision about one logged request, under the Requests page's table: what was asked
// (method, path, origin, client address, user agent, the headers and form, secrets redacted), what
// was answered (status, body) and why. For a request refused for its Origin it offers the fix in one
// click: adding that origin to the application's allowed origins.
class RequestDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailPane)

public:
    // actor: the operator's name for the audit log.
    RequestDetailPane(ApplicationService &applications, QString actor, QWidget *parent = nullptr);

    // Shows this decision; null: nothing selected.
    void setDecision(const TokenDecision *decision);
    // The details as shown, in plain text.
    QString text() const;

    QPushButton *allowButton() const { return m_allow; }
    QLabel *outcomeLabel() const { return m_outcome; }
    // Adds the shown request's origin to the allowed origins of the application with this client ID.
    bool allowOrigin(const QString &clientId);

signals:
    void originAllowed(const QString &clientId, const QString &origin);

private:
    void updateAllowAction();

    ApplicationService &m_applications;
    QString m_actor;
    std::optional<TokenDecision> m_decision;
    QTextBrowser *m_text;
    QPushButton *m_allow;
    QMenu *m_allowMenu;
    QLabel *m_outcome;
};

} // namespace authdesk
