#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace authdesk {

// Operates a modal dialog that is about to be exec()'d: polls until a modal widget of type Dialog is
// active, then hands it to act, once. Call it before the click that opens the dialog; the nested
// event loop of exec() runs the poll. Gives up after timeoutMs (the caller's QTRY/QVERIFY then fails).
template<typename Dialog> void whenModal(const std::function<void(Dialog *)> &act, int timeoutMs = 10000)
{
    auto *timer = new QTimer(qApp);
    const QDeadlineTimer deadline(timeoutMs);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            act(dialog);
    });
    timer->start();
}

} // namespace authdesk
