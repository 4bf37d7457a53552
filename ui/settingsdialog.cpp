#include "ui/settingsdialog.h"

#include "ui/restart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace authdesk {

namespace {

// The language this run of AuthDesk was started with: the stored choice when the dialog is first
// opened, as only this dialog changes it.
QString languageInEffect()
{
    static const QString language = QSettings().value(SettingsDialog::languageKey()).toString();
    return language;
}

std::function<void()> &restartForTest()
{
    static std::function<void()> restart;
    return restart;
}

} // namespace

void SettingsDialog::setRestartForTest(std::function<void()> restart)
{
    restartForTest() = std::move(restart);
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(tr("The new language is used when AuthDesk is restarted."), this))
    , m_restartNow(new QPushButton(tr("&Restart now"), this))
    , m_operatorName(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    // Each language by its own name, so it can be found whatever language the console is in.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int stored = m_language->findData(QSettings().value(languageKey()).toString());
    m_language->setCurrentIndex(stored >= 0 ? stored : 0);

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNow->setObjectName(QStringLiteral("restartNow"));
    m_restartNow->setToolTip(tr("Quit and start AuthDesk again with the same database and options"));
    m_restartNow->setAutoDefault(false);

    m_operatorName->setObjectName(QStringLiteral("operatorName"));
    m_operatorName->setPlaceholderText(defaultOperatorName());
    m_operatorName->setText(QSettings().value(operatorNameKey()).toString());
    m_operatorName->setMaxLength(100);
    m_operatorName->setToolTip(tr("Who you are in the audit log. Empty: your account name, %1. Used from the "
                                  "next start of AuthDesk.")
                                   .arg(defaultOperatorName()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Your name (audit log):"), m_operatorName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restartNow, 0, Qt::AlignTop);
    layout->addLayout(restartRow);
    layout->addStretch();
    layout->addWidget(buttons);

    languageInEffect();
    m_restartNote->setVisible(m_language->currentData().toString() != languageInEffect());
    m_restartNow->setVisible(m_restartNote->isVisibleTo(this));
    connect(m_restartNow, &QPushButton::clicked, this, [this] {
        accept();
        if (restartForTest())
            restartForTest()();
        else
            restart::restartApplication();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::languageChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_operatorName, &QLineEdit::textEdited, this,
        [](const QString &name) { QSettings().setValue(operatorNameKey(), name.trimmed()); });
    resize(400, 160);
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("language");
}

QString SettingsDialog::operatorNameKey()
{
    return QStringLiteral("operatorName");
}

QString SettingsDialog::defaultOperatorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

QString SettingsDialog::operatorName()
{
    const QString chosen = QSettings().value(operatorNameKey()).toString().trimmed();
    return chosen.isEmpty() ? defaultOperatorName() : chosen;
}

void SettingsDialog::languageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    QSettings().setValue(languageKey(), language);
    m_restartNote->setVisible(language != languageInEffect());
    m_restartNow->setVisible(language != languageInEffect());
}

} // namespace authdesk
