#include "ui/bulkcreatedialog.h"

#include "ui/dialoglayout.h"
#include "ui/icons.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace authdesk {

namespace {

const auto Placeholder = QLatin1String("{n}");

} // namespace

BulkCreateDialog::BulkCreateDialog(QWidget *parent)
    : QDialog(parent)
    , m_count(new QSpinBox(this))
    , m_emailPattern(new QLineEdit(QStringLiteral("user{n}@example.com"), this))
    , m_displayNamePattern(new QLineEdit(tr("Test User {n}"), this))
    , m_password(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_create(new QPushButton(icon(Icon::Add), tr("Create"), this))
{
    setObjectName(QStringLiteral("BulkCreateDialog"));
    setWindowTitle(tr("Create test users in bulk"));
    setWindowIcon(icon(Icon::User));

    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, MaxCount);
    m_count->setValue(50);
    m_count->setGroupSeparatorShown(true);
    m_emailPattern->setObjectName(QStringLiteral("emailPattern"));
    m_displayNamePattern->setObjectName(QStringLiteral("displayNamePattern"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("The same for every user"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&How many:"), m_count);
    form->addRow(tr("&E-mail pattern:"), m_emailPattern);
    form->addRow(tr("&Display-name pattern:"), m_displayNamePattern);
    form->addRow(tr("&Password:"), m_password);

    layOutCreateDialog(this, form, m_preview, m_create);
    connect(m_count, &QSpinBox::valueChanged, this, &BulkCreateDialog::updatePreview);
    connect(m_emailPattern, &QLineEdit::textChanged, this, &BulkCreateDialog::updatePreview);
    connect(m_displayNamePattern, &QLineEdit::textChanged, this, &BulkCreateDialog::updatePreview);
    connect(m_password, &QLineEdit::textChanged, this, &BulkCreateDialog::updatePreview);
    updatePreview();
    setMinimumWidth(480);
}

QString BulkCreateDialog::expand(const QString &pattern, int n)
{
    return QString(pattern).replace(Placeholder, QString::number(n));
}

QList<NewTestUser> BulkCreateDialog::users() const
{
    QList<NewTestUser> users;
    users.reserve(m_count->value());
    for (int n = 1; n <= m_count->value(); ++n) {
        users.append({ expand(m_emailPattern->text().trimmed(), n), expand(m_displayNamePattern->text().trimmed(), n),
            m_password->text(), false });
    }
    return users;
}

void BulkCreateDialog::updatePreview()
{
    const QString email = m_emailPattern->text().trimmed();
    // Without {n} every user would get the same e-mail, which the service refuses; say so up front.
    const bool numbered = m_count->value() == 1 || email.contains(Placeholder);
    m_create->setEnabled(numbered && !email.isEmpty() && !m_password->text().isEmpty());
    if (!numbered) {
        m_preview->setText(tr("Put {n} in the e-mail pattern: every user needs an e-mail address of their own."));
        return;
    }
    const int last = m_count->value();
    m_preview->setText(last == 1 ? tr("Creates %1 (%2).").arg(expand(email, 1), expand(m_displayNamePattern->text(), 1))
                                 : tr("Creates %1 (%2) … %3 (%4).")
                                       .arg(expand(email, 1), expand(m_displayNamePattern->text(), 1),
                                           expand(email, last), expand(m_displayNamePattern->text(), last)));
}

} // namespace authdesk
