#include "ui/reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {

// SessionService refuses longer reasons; saying so here is kinder than an error afterwards.
constexpr int MaxReasonLength = 500;

} // namespace

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(question, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_accept(m_buttons->button(QDialogButtonBox::Ok))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("ReasonDialog"));
    m_question->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why? For example: \"laptop stolen, user asked to sign out everywhere\""));
    m_reason->setTabChangesFocus(true);
    m_accept->setText(acceptText);

    auto *hint = new QLabel(tr("The reason is kept in the audit log with your name."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateAcceptButton);
    updateAcceptButton();
    m_reason->setFocus();
    resize(440, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::accept()
{
    if (!m_accept->isEnabled())
        return;
    const QString given = reason();
    QDialog::accept();
    emit reasonGiven(given);
}

void ReasonDialog::updateAcceptButton()
{
    const QString text = reason();
    m_accept->setEnabled(!text.isEmpty() && text.size() <= MaxReasonLength);
    m_accept->setToolTip(
        text.size() > MaxReasonLength ? tr("Keep the reason under %1 characters.").arg(MaxReasonLength) : QString());
}

} // namespace authdesk
