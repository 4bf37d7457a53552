#pragma once

#include "domain/error.h"

#include <QMessageBox>

#include <optional>

namespace authdesk {

// Every message box of the console goes through here: errors become a sentence that says what
// failed and what to do, and tests can answer the next box instead of a person (setNextAnswer).
class MessageBox
{
public:
    // Shows why `action` failed (e.g. "The application could not be created.").
    static void error(QWidget *parent, const QString &action, const Error &error);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // A yes/no question; destructive questions default to No.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

    // Test seam: the next box returns this answer at once, without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton exec(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &acceptText = {});
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace authdesk
