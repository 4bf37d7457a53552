#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace authdesk {

// Asks why an operator revokes something. The reason is required (OK stays disabled while it is
// empty) because it is what the audit log keeps for whoever asks later.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(const QString &title, const QString &question, const QString &acceptText, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QPushButton *acceptButton() const { return m_accept; }

    void accept() override;

signals:
    // Emitted on OK with the trimmed reason.
    void reasonGiven(const QString &reason);

private:
    void updateAcceptButton();

    QLabel *m_question;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace authdesk
