#pragma once

#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

namespace authdesk {

// Shows a page that a test owns as the central widget of a main window, as the console does, so what
// the page puts in the status bar can be read; gives the page back when it goes out of scope.
class InMainWindow
{
public:
    explicit InMainWindow(QWidget *page)
        : m_page(page)
    {
        m_window.setCentralWidget(page);
        m_window.show();
    }
    ~InMainWindow()
    {
        m_window.takeCentralWidget();
        m_page->setParent(nullptr);
    }
    Q_DISABLE_COPY_MOVE(InMainWindow)

    bool exposed() { return QTest::qWaitForWindowExposed(&m_window); }
    QString statusMessage() const { return m_window.statusBar()->currentMessage(); }

private:
    QMainWindow m_window;
    QWidget *m_page;
};

} // namespace authdesk
