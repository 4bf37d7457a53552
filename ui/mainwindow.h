#pragma once

#include "ui/consolecontext.h"

#include <QIcon>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

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
    // The banner shown while the database cannot be reached.
    QLabel *databaseBanner() const { return m_databaseBanner; }
    // How often the console asks whether its database answers.
    static constexpr int DatabaseCheckMs = 1000;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addDatabaseActions(QMenu *file);
    void addPage(Page page, const QString &title, QWidget *widget, const QIcon &icon = QIcon());
    void refreshCurrentPage();
    // Shows the banner while the database does not answer; on its return, hides it and reloads the page.
    void checkDatabase();
    void restoreSettings();
    void saveSettings() const;

    ConsoleContext m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_databaseBanner;
    QTimer *m_databaseCheck;
};

} // namespace authdesk
