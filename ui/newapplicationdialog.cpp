#include "ui/newapplicationdialog.h"

#include "ui/applicationtablemodel.h"
#include "ui/dialoglayout.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace authdesk {

NewApplicationDialog::NewApplicationDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_create(new QPushButton(icon(Icon::Add), tr("Create"), this))
{
    setObjectName(QStringLiteral("NewApplicationDialog"));
    setWindowTitle(tr("New application"));
    setWindowIcon(icon(Icon::Application));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Web shop"));
    m_name->setMaxLength(200);
    m_type->setObjectName(QStringLiteral("type"));
    for (ApplicationType type : { ApplicationType::Marketplace, ApplicationType::Integration })
        m_type->addItem(ApplicationTableModel::typeText(type), QVariant::fromValue(static_cast<int>(type)));
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);

    layOutCreateDialog(this, form, m_explanation, m_create);
    connect(m_name, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::updateExplanation);

    m_create->setEnabled(false);
    updateExplanation();
    setMinimumWidth(460);
}

QString NewApplicationDialog::name() const
{
    return m_name->text().trimmed();
}

ApplicationType NewApplicationDialog::type() const
{
    return static_cast<ApplicationType>(m_type->currentData().toInt());
}

void NewApplicationDialog::updateExplanation()
{
    m_explanation->setText(type() == ApplicationType::Marketplace
            ? tr("A marketplace application is what the Sharetribe SDK in a web shop or app uses: its users log "
                 "in with a password, and anonymous visitors get public read access.")
            : tr("An integration application is a backend that calls the API as itself with the "
                 "client_credentials grant, such as a nightly sync. Keep its secret on the server."));
}

} // namespace authdesk
