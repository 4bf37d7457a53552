#include "ui/secretdialog.h"

#include "ui/displaytime.h"
#include "ui/icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOption>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

std::chrono::milliseconds SecretDialog::s_clipboardClearDelay = SecretDialog::DefaultClipboardClearDelay;

int SecretDialog::widthForWholeText(const QLineEdit *field)
{
    // What QLineEdit::sizeHint() adds around its text: the text margins, its own 2-pixel margin on
    // each side and the cursor, then the style's frame.
    constexpr int LineEditMargin = 2;
    const QMargins margins = field->textMargins();
    const QFontMetrics metrics = field->fontMetrics();
    const QSize text(
        metrics.horizontalAdvance(field->text()) + margins.left() + margins.right() + 2 * LineEditMargin + 1,
        metrics.height() + margins.top() + margins.bottom());
    QStyleOptionFrame option;
    option.initFrom(field);
    option.lineWidth = field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field);
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    return field->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, field).width();
}

SecretDialog::SecretDialog(const QString &applicationName, const QString &clientId, const QByteArray &secret,
    bool rotated, const QDateTime &previousSecretValidUntil, QWidget *parent)
    : QDialog(parent)
    , m_clientId(new QLineEdit(clientId, this))
    , m_secret(new QLineEdit(QString::fromLatin1(secret), this))
    , m_copyClientId(new QPushButton(icon(Icon::Copy), tr("Copy"), this))
    , m_copySecret(new QPushButton(icon(Icon::Copy), tr("Copy"), this))
    , m_stored(new QPushButton(tr("I have stored the secret"), this))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("SecretDialog"));
    setWindowTitle(rotated ? tr("New secret for %1").arg(applicationName) : tr("%1 was created").arg(applicationName));
    setWindowIcon(icon(Icon::Key));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    setModal(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Store the client secret now, for example in your marketplace's environment variables. "
                      "AuthDesk keeps only a hash of it: once this window is closed, nobody can show it again. "
                      "If it is lost, rotate the secret."));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *field : { m_clientId, m_secret }) {
        field->setReadOnly(true);
        field->setFont(fixed);
        // Wide enough for the whole text, so nobody copies half a secret by hand.
        field->setMinimumWidth(widthForWholeText(field));
    }
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_copyClientId->setObjectName(QStringLiteral("copyClientId"));
    m_copySecret->setObjectName(QStringLiteral("copySecret"));
    m_copyClientId->setToolTip(tr("Copy the client ID to the clipboard"));
    m_copySecret->setToolTip(tr("Copy the secret to the clipboard; it is cleared from there after %n second(s)",
        nullptr, static_cast<int>(s_clipboardClearDelay.count() / 1000)));
    m_copySecret->setAutoDefault(false);
    m_copyClientId->setAutoDefault(false);

    auto row = [this](QLineEdit *field, QPushButton *copy) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(field, 1);
        layout->addWidget(copy);
        return layout;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Client ID:"), row(m_clientId, m_copyClientId));
    form->addRow(tr("Client secret:"), row(m_secret, m_copySecret));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (rotated) {
        auto *previous = new QLabel(this);
        previous->setObjectName(QStringLiteral("previousSecret"));
        previous->setWordWrap(true);
        previous->setText(previousSecretValidUntil.isValid()
                ? tr("The old secret keeps working until %1, so clients can move to the new one without downtime.")
                      .arg(displayTime(previousSecretValidUntil))
                : tr("The old secret stopped working at once."));
        layout->addWidget(previous);
    }
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_copied);

    auto *buttons = new QDialogButtonBox(this);
    m_stored->setObjectName(QStringLiteral("stored"));
    m_stored->setDefault(true);
    buttons->addButton(m_stored, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(m_stored, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copyClientId, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_clientId->text());
        m_copied->setText(tr("The client ID was copied."));
    });
    connect(m_copySecret, &QPushButton::clicked, this, &SecretDialog::copySecret);

    setTabOrder(m_clientId, m_copyClientId);
    setTabOrder(m_copyClientId, m_secret);
    setTabOrder(m_secret, m_copySecret);
    setTabOrder(m_copySecret, m_stored);
    m_stored->setFocus();
}

void SecretDialog::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    s_clipboardClearDelay = delay;
}

std::chrono::milliseconds SecretDialog::clipboardClearDelay()
{
    return s_clipboardClearDelay;
}

void SecretDialog::reject() { }

void SecretDialog::copySecret()
{
    const QString secret = m_secret->text();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(secret);
    m_copied->setText(tr("The secret was copied. The clipboard is cleared in %n second(s).", nullptr,
        static_cast<int>(s_clipboardClearDelay.count() / 1000)));
    // The timer belongs to the clipboard, not to this dialog, because the dialog is usually closed
    // long before the delay is over. Anything copied meanwhile is left alone.
    QTimer::singleShot(s_clipboardClearDelay, clipboard, [clipboard, secret] {
        if (clipboard->text() == secret)
            clipboard->clear();
    });
}

} // namespace authdesk
