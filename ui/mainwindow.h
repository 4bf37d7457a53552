#pragma once

#include "services/datachangenotifier.h"
#include "ui/consolecontext.h"

#include <QIcon>
#include <QMainWindow>
#include <QUrl>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace authdesk {

class ServerBanner;
class ClockBanner;

// The console: a sidebar of pages (Applications, Test users, Sessions, Requests, Audit log, Server,
// Try it)
// and the selected page beside it. Remembers its geometry and the last page between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page {
        Applications,
        TestUsers,
        Sessions,
        Requests,
        AuditLog,
        Server,
        TryIt,
        IdentityProviders,
        TestControls
    };

    explicit MainWindow(ConsoleContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    QListWidget *sidebar() const { return m_sidebar; }
    // The local Authentication API's state and address, always in the status bar.
    QLabel *serverStatus() const { return m_serverStatus; }
    // Why the API is not running, with *Use another port*; hidden while it runs.
    ServerBanner *serverBanner() const { return m_serverBanner; }
    // Shown while the test kit's clock is moved; null without services.
    ClockBanner *clockBanner() const { return m_clockBanner; }
    // Help > About: the version, the database, the data folder and the server's address.
    QString aboutText() const;
    // Help > Documentation: the installed README, or the source tree's in a build tree.
    static QUrl documentationUrl();
    // The banner shown while the database cannot be reached.
    QLabel *databaseBanner() const { return m_databaseBanner; }
    // How often the console asks whether its database answers (and, while the window is active,
    // whether another process changed the applications).
    static constexpr int DatabaseCheckMs = 1000;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addDatabaseActions(QMenu *file);
    void addViewAndHelpMenus();
    void showAbout();
    // Reloads the current page if the change concerns it; the others reload when they are opened.
    void dataChanged(DataChangeNotifier::Kinds kinds);
    void checkOtherProcesses();
    void updateServerStatus();
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
    ServerBanner *m_serverBanner;
    ClockBanner *m_clockBanner = nullptr;
    QLabel *m_serverStatus;
    std::optional<quint64> m_applicationsGeneration;
};

} // namespace authdesk
