#include "ui/messagebox.h"

#include <QPushButton>

namespace authdesk {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

void MessageBox::error(QWidget *parent, const QString &action, const Error &error)
{
    QString advice;
    switch (error.code()) {
    case Error::Code::StorageUnavailable:
        advice = QMessageBox::tr("The database is busy or unreachable. Try again in a moment.");
        break;
    case Error::Code::NotFound:
        advice = QMessageBox::tr("Someone may have deleted it meanwhile; the list has been refreshed.");
        break;
    default:
        break;
    }
    QString text = action + QStringLiteral("\n\n") + error.message();
    if (!advice.isEmpty())
        text += QStringLiteral("\n") + advice;
    exec(QMessageBox::Warning, parent, QMessageBox::tr("AuthDesk"), text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    exec(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    return exec(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                QMessageBox::Cancel, acceptText)
        == QMessageBox::Yes;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::exec(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, const QString &acceptText)
{
    s_lastText = text;
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!acceptText.isEmpty()) {
        if (QAbstractButton *yes = box.button(QMessageBox::Yes))
            yes->setText(acceptText);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace authdesk
