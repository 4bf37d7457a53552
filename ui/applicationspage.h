#pragma once

#include "ui/refreshablepage.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace authdesk {

class NaturalSortProxyModel;

class ApplicationDetailPane;
class ApplicationService;
class Clock;
class ApplicationTableModel;
class EmptyStatePage;
struct Application;

// The clients of the Authentication API: a table of applications and, beside it, the settings of the
// selected one. Creating an application or rotating its secret shows the new secret once.
class ApplicationsPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsPage)

public:
    // The actor is the operator's name for the audit log.
    ApplicationsPage(ApplicationService &applications, const Clock &clock, QString actor, QWidget *parent = nullptr);

    // Loads the applications again (F5 in the main window), keeping the selection.
    void refresh() override;
    void newApplication();
    void saveSelected();
    void rotateSecretOfSelected();
    void deleteSelected();
    // Selects the application in the table (and so shows it in the detail pane).
    bool select(const QString &clientId);
    QString selectedClientId() const;

    QTableView *tableView() const { return m_table; }
    ApplicationTableModel *model() const { return m_model; }
    NaturalSortProxyModel *proxy() const { return m_proxy; }
    ApplicationDetailPane *detailPane() const { return m_pane; }
    EmptyStatePage *emptyState() const { return m_emptyState; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *newButton() const { return m_newButton; }
    bool isShowingEmptyState() const;

private:
    void showSelected();
    void updateEmptyState();

    ApplicationService &m_applications;
    const QString m_actor;
    ApplicationTableModel *m_model;
    NaturalSortProxyModel *m_proxy;
    QStackedWidget *m_stack;
    EmptyStatePage *m_emptyState;
    QPushButton *m_emptyNewButton;
    QWidget *m_content;
    QLineEdit *m_filter;
    QPushButton *m_newButton;
    QPushButton *m_refreshButton;
    QTableView *m_table;
    ApplicationDetailPane *m_pane;
    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_findAction;
};

} // namespace authdesk
