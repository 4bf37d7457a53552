#pragma once

#include "domain/application.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace authdesk {

// Asks what a new application needs before it exists: a name and a type. Everything else starts at
// the type's defaults and is changed in the detail pane afterwards.
class NewApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewApplicationDialog)

public:
    explicit NewApplicationDialog(QWidget *parent = nullptr);

    QString name() const;
    ApplicationType type() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QPushButton *createButton() const { return m_create; }

private:
    void updateExplanation();

    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_explanation;
    QPushButton *m_create;
};

} // namespace authdesk
