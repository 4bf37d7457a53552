#include "ui/dialoglayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

void layOutCreateDialog(QDialog *dialog, QLayout *form, QWidget *note, QPushButton *create)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    create->setObjectName(QStringLiteral("create"));
    create->setDefault(true);
    buttons->addButton(create, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace authdesk
