#pragma once

#include "ui/consolecontext.h"

#include <QIcon>
#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace authdesk {

// The console: a sidebar of pages (Applications, Test users, Sessions, Requests, Audit log, Server,
// Try it)
// and the selected page beside it. Remembers its geometry and the last page between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Applications, TestUsers, Sessions, Requests, AuditLog, Server, TryIt, IdentityProviders };

    explicit MainWindow(ConsoleContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    QListWidget *sidebar() const { return m_sidebar; }
    // A line in the status bar about the local Authentication API.
    void showServerStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addDatabaseActions(QMenu *file);
    void addPage(Page page, const QString &title, QWidget *widget, const QIcon &icon = QIcon());
    void refreshCurrentPage();
    void restoreSettings();
    void saveSettings() const;

    ConsoleContext m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
};

} // namespace authdesk
