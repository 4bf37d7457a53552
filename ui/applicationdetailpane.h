#pragma once

#include "domain/application.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace authdesk {

class DurationEdit;

class Clock;

// The settings of one application, to read and edit: its grants (only those its type may use), token
// lifetimes, the rotation grace window, browser origins and whether it is enabled. It edits a copy;
// the page saves it through ApplicationService, which has the last word on what is valid.
class ApplicationDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationDetailPane)

public:
    explicit ApplicationDetailPane(const Clock &clock, QWidget *parent = nullptr);

    // Shows the application and forgets unsaved edits.
    void setApplication(const Application &application);
    const Application &application() const { return m_application; }
    // The application with the form's values.
    Application editedApplication() const;
    bool hasUnsavedChanges() const;

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *grantBox(GrantType grant) const { return m_grants.value(grant); }
    DurationEdit *accessTokenTtlBox() const { return m_accessTtl; }
    DurationEdit *refreshTokenTtlBox() const { return m_refreshTtl; }
    QCheckBox *idleTimeoutBox() const { return m_idleEnabled; }
    DurationEdit *idleTimeoutSecondsBox() const { return m_idleTimeout; }
    DurationEdit *graceWindowBox() const { return m_grace; }
    QPlainTextEdit *originsEdit() const { return m_origins; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *marketplaceUrlEdit() const { return m_marketplaceUrl; }
    QLabel *marketplaceUrlProblem() const { return m_marketplaceUrlProblem; }
    QComboBox *environmentBox() const { return m_environment; }
    QCheckBox *autoApproveBox() const { return m_autoApprove; }
    QGroupBox *loginAsGroup() const { return m_loginAsGroup; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *copyClientIdButton() const { return m_copyClientId; }

signals:
    void saveRequested();
    void rotateSecretRequested();
    void deleteRequested();

private:
    void updateState();

    const Clock &m_clock;
    Application m_application;
    QLineEdit *m_name;
    QLabel *m_type;
    QLineEdit *m_clientId;
    QPushButton *m_copyClientId;
    QLabel *m_secretState;
    QMap<GrantType, QCheckBox *> m_grants;
    DurationEdit *m_accessTtl;
    DurationEdit *m_refreshTtl;
    QCheckBox *m_idleEnabled;
    DurationEdit *m_idleTimeout;
    DurationEdit *m_grace;
    QPlainTextEdit *m_origins;
    QCheckBox *m_enabled;
    QGroupBox *m_loginAsGroup;
    QLineEdit *m_marketplaceUrl;
    QLabel *m_marketplaceUrlProblem;
    QComboBox *m_environment;
    QCheckBox *m_autoApprove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_rotate;
    QPushButton *m_delete;
};

} // namespace authdesk
