#include "ui/newtestuserdialog.h"

#include "ui/dialoglayout.h"
#include "ui/icons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace authdesk {

NewTestUserDialog::NewTestUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_email(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_create(new QPushButton(icon(Icon::Add), tr("Create"), this))
{
    setObjectName(QStringLiteral("NewTestUserDialog"));
    setWindowTitle(tr("New test user"));
    setWindowIcon(icon(Icon::User));

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("e.g. jane@example.com"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("Optional; the part of the e-mail before the @ when empty"));
    m_displayName->setMaxLength(200);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *showPassword = new QCheckBox(tr("Show"), this);
    connect(showPassword, &QCheckBox::toggled, m_password,
        [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(showPassword);
    auto *form = new QFormLayout;
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Display name:"), m_displayName);
    // The field shares its row with Show, so the label needs its buddy set for the mnemonic to work
    // (and to show as one rather than as a literal '&').
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setObjectName(QStringLiteral("passwordLabel"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);

    auto *note = new QLabel(tr("Test users log in with the password grant, e-mail as the username."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    layOutCreateDialog(this, form, note, m_create);
    auto updateCreate
        = [this] { m_create->setEnabled(!m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty()); };
    connect(m_email, &QLineEdit::textChanged, this, updateCreate);
    connect(m_password, &QLineEdit::textChanged, this, updateCreate);
    updateCreate();

    setTabOrder(m_email, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, showPassword);
    setMinimumWidth(440);
}

NewTestUser NewTestUserDialog::user() const
{
    return { m_email->text().trimmed(), m_displayName->text().trimmed(), m_password->text(), false };
}

} // namespace authdesk
