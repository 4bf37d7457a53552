#include "ui/statusmessage.h"

#include <QMainWindow>
#include <QStatusBar>

namespace authdesk {

void confirmInStatusBar(QWidget *from, const QString &text)
{
    if (auto *window = qobject_cast<QMainWindow *>(from->window()))
        window->statusBar()->showMessage(text, StatusMessageMs);
}

} // namespace authdesk
