#include "ui/applicationspage.h"

#include "domain/clock.h"
#include "services/applicationservice.h"
#include "ui/applicationdetailpane.h"
#include "ui/applicationtablemodel.h"
#include "ui/emptystatepage.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/naturalsortproxymodel.h"
#include "ui/newapplicationdialog.h"
#include "ui/secretdialog.h"
#include "ui/statusmessage.h"
#include "ui/tableheader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace authdesk {

ApplicationsPage::ApplicationsPage(ApplicationService &applications, const Clock &clock, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_applications(applications)
    , m_actor(std::move(actor))
    , m_model(new ApplicationTableModel(this))
    , m_proxy(new NaturalSortProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStatePage(tr("No applications yet"),
          tr("Applications are the clients of the Authentication API. Each one gets a client ID and a secret "
             "that is shown once. Create one to let the Sharetribe SDK log in against AuthDesk."),
          this))
    , m_emptyNewButton(new QPushButton(icon(Icon::Add), tr("New application…"), this))
    , m_content(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_newButton(new QPushButton(icon(Icon::Add), tr("&New application…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_table(new QTableView(this))
    , m_pane(new ApplicationDetailPane(clock, this))
    , m_newAction(new QAction(icon(Icon::Add), tr("New application…"), this))
    , m_deleteAction(new QAction(icon(Icon::Delete), tr("Delete application…"), this))
    , m_findAction(new QAction(tr("Find application"), this))
{
    setObjectName(QStringLiteral("ApplicationsPage"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Beside the detail pane, the list shows what tells applications apart; the rest is in the pane
    // and, on request, in the columns the header's context menu shows.
    tableheader::setUp(m_table, QStringLiteral("applications"),
        { ApplicationTableModel::Name, ApplicationTableModel::ClientId, ApplicationTableModel::Created,
            ApplicationTableModel::LastUsed },
        { ApplicationTableModel::Type, ApplicationTableModel::Created, ApplicationTableModel::LastUsed,
            ApplicationTableModel::Status });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, type or client ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_newButton->setObjectName(QStringLiteral("newApplication"));
    m_newButton->setToolTip(tr("Create an application and show its secret once (Ctrl+N)"));
    m_refreshButton->setToolTip(tr("Load the applications again (F5)"));
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewApplication"));

    // Page-wide shortcuts only fire while this page is the one shown: Qt ignores hidden widgets' actions.
    m_newAction->setShortcut(QKeySequence::New);
    m_findAction->setShortcut(QKeySequence::Find);
    addActions({ m_newAction, m_findAction });
    // Delete only in the table, so the key keeps deleting text in the fields.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_refreshButton);
    toolbar->addStretch();
    toolbar->addWidget(m_filter, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    // The detail pane needs more room than the table's first columns.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    tableheader::fitInSplitter(splitter, m_table);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(toolbar);
    contentLayout->addWidget(splitter, 1);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(m_emptyState, 1);
    emptyLayout->addWidget(m_emptyNewButton, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(48);

    m_stack->addWidget(empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_newButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_pane->nameEdit());

    connect(m_newButton, &QPushButton::clicked, this, &ApplicationsPage::newApplication);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &ApplicationsPage::newApplication);
    connect(m_refreshButton, &QPushButton::clicked, this, &ApplicationsPage::refresh);
    connect(m_newAction, &QAction::triggered, this, &ApplicationsPage::newApplication);
    connect(m_deleteAction, &QAction::triggered, this, &ApplicationsPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApplicationsPage::showSelected);
    connect(m_pane, &ApplicationDetailPane::saveRequested, this, &ApplicationsPage::saveSelected);
    connect(m_pane, &ApplicationDetailPane::rotateSecretRequested, this, &ApplicationsPage::rotateSecretOfSelected);
    connect(m_pane, &ApplicationDetailPane::deleteRequested, this, &ApplicationsPage::deleteSelected);

    refresh();
}

bool ApplicationsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void ApplicationsPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void ApplicationsPage::refresh()
{
    const QString selected = selectedClientId();
    const Result<QList<Application>> applications = m_applications.list();
    if (!applications) {
        MessageBox::error(this, tr("The applications could not be loaded."), applications.error());
        return;
    }
    m_model->setApplications(*applications);
    updateEmptyState();
    if (!selected.isEmpty() && select(selected))
        return;
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

bool ApplicationsPage::select(const QString &clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

QString ApplicationsPage::selectedClientId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ApplicationTableModel::ClientIdRole).toString();
}

void ApplicationsPage::showSelected()
{
    const int row = m_model->rowOf(selectedClientId());
    m_pane->setEnabled(row >= 0);
    m_deleteAction->setEnabled(row >= 0);
    if (row >= 0)
        m_pane->setApplication(m_model->application(row));
    else
        m_pane->setApplication({});
}

void ApplicationsPage::newApplication()
{
    NewApplicationDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<IssuedSecret> issued = m_applications.create(dialog.name(), dialog.type(), m_actor);
    if (!issued) {
        MessageBox::error(this, tr("The application could not be created."), issued.error());
        return;
    }
    m_model->upsert(issued->application);
    updateEmptyState();
    m_filter->clear();
    select(issued->application.clientId);

    SecretDialog secret(issued->application.name, issued->application.clientId, issued->secret, false, {}, this);
    // The plain secret lives on only in the dialog, for as long as it is open.
    issued->secret.fill('\0');
    secret.exec();
}

void ApplicationsPage::saveSelected()
{
    if (selectedClientId().isEmpty())
        return;
    const Application edited = m_pane->editedApplication();
    const Result<Application> saved = m_applications.update(edited, m_actor);
    if (!saved) {
        // The form keeps the edits, so the operator can correct the one the message names.
        MessageBox::error(
            this, tr("The settings of \"%1\" were not saved.").arg(m_pane->application().name), saved.error());
        return;
    }
    m_model->upsert(*saved);
    m_pane->setApplication(*saved);
    confirmInStatusBar(this, tr("\"%1\" saved.").arg(saved->name));
}

void ApplicationsPage::rotateSecretOfSelected()
{
    const QString clientId = selectedClientId();
    if (clientId.isEmpty())
        return;
    const Application application = m_pane->application();

    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("rotateSecretDialog"));
    ask.setWindowTitle(tr("Rotate secret"));
    ask.setInputMode(QInputDialog::IntInput);
    ask.setLabelText(tr("A new secret for \"%1\" is made and shown once.\n\n"
                        "For how many hours should the old secret keep working, so clients can move to the new "
                        "one? 0 stops it at once.")
                         .arg(application.name));
    ask.setIntRange(0, 30 * 24);
    ask.setIntValue(static_cast<int>(ApplicationService::DefaultSecretOverlapSeconds / 3600));
    ask.setOkButtonText(tr("Rotate"));
    if (ask.exec() != QDialog::Accepted)
        return;

    Result<IssuedSecret> issued = m_applications.rotateSecret(clientId, qint64(ask.intValue()) * 3600, m_actor);
    if (!issued) {
        MessageBox::error(this, tr("The secret of \"%1\" was not rotated.").arg(application.name), issued.error());
        refresh();
        return;
    }
    m_model->upsert(issued->application);
    m_pane->setApplication(issued->application);
    SecretDialog secret(issued->application.name, issued->application.clientId, issued->secret, true,
        issued->previousSecretValidUntil, this);
    issued->secret.fill('\0');
    secret.exec();
}

void ApplicationsPage::deleteSelected()
{
    const QString clientId = selectedClientId();
    if (clientId.isEmpty())
        return;
    const Application application = m_pane->application();
    const QString question
        = tr("Delete \"%1\"?\n\nEvery client that uses the client ID %2 stops working at once: its token "
             "requests are refused, and all of the application's sessions end, so its users are logged out. "
             "This cannot be undone.")
              .arg(application.name, clientId);
    if (!MessageBox::confirm(this, tr("Delete application"), question, tr("Delete")))
        return;
    if (const Result<void> removed = m_applications.remove(clientId, m_actor); !removed) {
        MessageBox::error(this, tr("\"%1\" was not deleted.").arg(application.name), removed.error());
        refresh();
        return;
    }
    m_model->remove(clientId);
    confirmInStatusBar(this, tr("\"%1\" deleted.").arg(application.name));
    updateEmptyState();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

} // namespace authdesk
