#include "ui/testuserspage.h"

#include "domain/clock.h"
#include "services/testuserservice.h"
#include "ui/bulkcreatedialog.h"
#include "ui/emptystatepage.h"
#include "ui/icons.h"
#include "ui/linkedidentitiespanel.h"
#include "ui/loginasbutton.h"
#include "ui/messagebox.h"
#include "ui/naturalsortproxymodel.h"
#include "ui/newtestuserdialog.h"
#include "ui/statusmessage.h"
#include "ui/tableheader.h"
#include "ui/testusertablemodel.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace authdesk {

namespace {

// What a bulk creation hands back to the GUI thread. (Result has no empty state, which QFuture needs.)
struct BulkOutcome
{
    int created = 0;
    bool cancelled = false;
    std::optional<Error> error;
};

} // namespace

TestUsersPage::TestUsersPage(TestUserService &testUsers, ApplicationService &applications,
    IdentityProviderService &identityProviders, const Clock &clock, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_testUsers(testUsers)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStatePage(tr("No test users yet"),
          tr("Test users log in with the password grant. Create them here to try login flows; you can reset "
             "their passwords, ban them or lift a lockout."),
          this))
    , m_emptyNewButton(new QPushButton(icon(Icon::Add), tr("New test user…"), this))
    , m_emptyBulkButton(new QPushButton(tr("Create many…"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_identities(new LinkedIdentitiesPanel(identityProviders, m_actor, this))
    , m_newButton(new QPushButton(icon(Icon::Add), tr("&New user…"), this))
    , m_bulkButton(new QPushButton(tr("Create &many…"), this))
    , m_editButton(new QPushButton(tr("&Edit display name…"), this))
    , m_resetButton(new QPushButton(icon(Icon::Key), tr("&Reset password…"), this))
    , m_banButton(new QPushButton(tr("&Ban…"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_deleteButton(new QPushButton(icon(Icon::Delete), tr("Delete…"), this))
    , m_loginAsButton(new LoginAsButton(&applications, this))
    , m_newAction(new QAction(icon(Icon::Add), tr("New test user…"), this))
    , m_deleteAction(new QAction(icon(Icon::Delete), tr("Delete test user…"), this))
    , m_findAction(new QAction(tr("Search test users"), this))
{
    setObjectName(QStringLiteral("TestUsersPage"));
    m_model = new TestUserTableModel(m_testUsers, m_clock, this);
    // The service orders by e-mail as text (user10 before user2); the proxy orders the loaded rows
    // as people read them, and by any column the operator clicks.
    m_proxy = new NaturalSortProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TestUserTableModel::Email, Qt::AscendingOrder);
    tableheader::setUp(m_table, QStringLiteral("testUsers"),
        { TestUserTableModel::Email, TestUserTableModel::DisplayName, TestUserTableModel::State,
            TestUserTableModel::Created });

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by e-mail or display name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    m_table->setObjectName(QStringLiteral("testUsersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Rows are of one height, so the view need not measure 100,000 of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_newButton->setObjectName(QStringLiteral("newUser"));
    m_bulkButton->setObjectName(QStringLiteral("bulkCreate"));
    m_editButton->setObjectName(QStringLiteral("editDisplayName"));
    m_resetButton->setObjectName(QStringLiteral("resetPassword"));
    m_banButton->setObjectName(QStringLiteral("ban"));
    m_unlockButton->setObjectName(QStringLiteral("unlock"));
    m_deleteButton->setObjectName(QStringLiteral("delete"));
    m_newButton->setToolTip(tr("Create a test user (Ctrl+N)"));
    m_bulkButton->setToolTip(tr("Create many numbered test users at once"));
    m_resetButton->setToolTip(tr("Set a new password; ends all of the user's sessions"));
    m_unlockButton->setToolTip(tr("Lift the lock that follows repeated failed logins"));

    m_newAction->setShortcut(QKeySequence::New);
    m_findAction->setShortcut(QKeySequence::Find);
    // Page-wide shortcuts only fire while this page is the one shown: Qt ignores hidden widgets' actions.
    addActions({ m_newAction, m_findAction });
    // Delete only in the table, so the key keeps deleting text in the search field.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_newButton);
    top->addWidget(m_bulkButton);
    top->addSpacing(12);
    top->addWidget(m_search, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_resetButton);
    actions->addWidget(m_banButton);
    actions->addWidget(m_unlockButton);
    actions->addWidget(m_loginAsButton);
    actions->addStretch();
    actions->addWidget(m_deleteButton);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_identities);
    contentLayout->addLayout(actions);

    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyNewButton);
    emptyButtons->addWidget(m_emptyBulkButton);
    emptyButtons->addStretch();
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(m_emptyState, 1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addSpacing(48);

    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_newButton, m_bulkButton);
    setTabOrder(m_bulkButton, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_editButton);
    setTabOrder(m_editButton, m_resetButton);
    setTabOrder(m_resetButton, m_banButton);
    setTabOrder(m_banButton, m_unlockButton);
    setTabOrder(m_unlockButton, m_loginAsButton);
    setTabOrder(m_loginAsButton, m_deleteButton);

    // Search as you type, but only once typing pauses, so a fast typist causes one query, not ten.
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearchText(m_search->text().trimmed());
    });
    connect(m_newButton, &QPushButton::clicked, this, &TestUsersPage::newUser);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &TestUsersPage::newUser);
    connect(m_bulkButton, &QPushButton::clicked, this, &TestUsersPage::bulkCreate);
    connect(m_emptyBulkButton, &QPushButton::clicked, this, &TestUsersPage::bulkCreate);
    connect(m_editButton, &QPushButton::clicked, this, &TestUsersPage::editDisplayName);
    connect(m_resetButton, &QPushButton::clicked, this, &TestUsersPage::resetPassword);
    connect(m_banButton, &QPushButton::clicked, this, &TestUsersPage::toggleBan);
    connect(m_unlockButton, &QPushButton::clicked, this, &TestUsersPage::unlock);
    connect(m_deleteButton, &QPushButton::clicked, this, &TestUsersPage::deleteSelected);
    connect(m_newAction, &QAction::triggered, this, &TestUsersPage::newUser);
    connect(m_deleteAction, &QAction::triggered, this, &TestUsersPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    if (m_model) {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TestUsersPage::updateActions);
        auto modelChanged = [this] {
            updateStatus();
            updateActions();
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, modelChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, modelChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, modelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TestUsersPage::updateActions);
        connect(m_model, &TestUserTableModel::loadFailed, this,
            [this](const Error &error) { MessageBox::error(this, tr("The test users could not be loaded."), error); });
    }

    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_newButton, m_bulkButton, m_emptyNewButton, m_emptyBulkButton, m_search })
        widget->setEnabled(m_model != nullptr);
    m_newAction->setEnabled(m_model != nullptr);
    refresh();
}

TestUsersPage::~TestUsersPage()
{
    // The worker uses the services; stop it before they may go away with the rest of the console.
    if (m_bulkCancel)
        m_bulkCancel->store(true);
    m_bulkFuture.waitForFinished();
}

bool TestUsersPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void TestUsersPage::refresh()
{
    if (!m_model) {
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    const QString selected = selectedUserId();
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text().trimmed());
    if (!selected.isEmpty())
        select(selected);
}

void TestUsersPage::updateStatus()
{
    if (!m_model)
        return;
    const bool none = m_model->totalCount() == 0 && m_model->searchText().isEmpty();
    m_stack->setCurrentIndex(none ? 0 : 1);
    if (m_model->totalCount() == 0 && !m_model->searchText().isEmpty())
        m_status->setText(tr("No test user matches \"%1\".").arg(m_model->searchText()));
    else if (m_model->totalIsLowerBound())
        m_status->setText(tr("More than %L1 test users").arg(m_model->totalCount()));
    else if (m_model->searchText().isEmpty())
        m_status->setText(tr("%n test user(s)", nullptr, m_model->totalCount()));
    else
        m_status->setText(tr("%n test user(s) match", nullptr, m_model->totalCount()));
}

std::optional<TestUser> TestUsersPage::selectedUser() const
{
    if (!m_model)
        return std::nullopt;
    const int row = m_model->rowOf(selectedUserId());
    if (row < 0)
        return std::nullopt;
    return m_model->user(row);
}

QString TestUsersPage::selectedUserId() const
{
    if (!m_model)
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TestUserTableModel::IdRole).toString();
}

bool TestUsersPage::select(const QString &userId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void TestUsersPage::updateActions()
{
    const std::optional<TestUser> user = selectedUser();
    m_identities->showUser(user);
    const bool selected = user.has_value();
    for (QPushButton *button : { m_editButton, m_resetButton, m_banButton, m_deleteButton })
        button->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    const bool banned = selected && user->banned;
    m_banButton->setText(banned ? tr("Un&ban") : tr("&Ban…"));
    m_banButton->setToolTip(banned ? tr("Let the user log in again") : tr("Stop the user from logging in"));
    m_unlockButton->setEnabled(selected && user->state(m_clock.now()) == TestUser::State::Locked);
    m_bulkButton->setEnabled(m_model && !m_bulkRunning);
    m_emptyBulkButton->setEnabled(m_model && !m_bulkRunning);
    m_loginAsButton->setUser(user);
}

QMenu *TestUsersPage::createContextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("testUserMenu"));
    const std::optional<TestUser> user = selectedUser();
    QAction *sessions = menu->addAction(icon(Icon::Session), tr("Show &sessions"), this, [this, user] {
        if (user)
            emit showSessionsRequested(user->email);
    });
    sessions->setObjectName(QStringLiteral("showSessions"));
    sessions->setEnabled(user.has_value());
    menu->addSeparator();
    // The user actions, as their buttons offer them.
    for (QPushButton *button : { m_editButton, m_resetButton, m_banButton, m_unlockButton }) {
        QAction *action = menu->addAction(button->icon(), button->text(), button, &QPushButton::click);
        action->setObjectName(button->objectName());
        action->setEnabled(button->isEnabled());
    }
    if (m_loginAsButton->isEnabled()) {
        QAction *loginAs = menu->addAction(m_loginAsButton->text(), m_loginAsButton, &QPushButton::click);
        loginAs->setObjectName(QStringLiteral("loginAs"));
    }
    menu->addSeparator();
    QAction *remove
        = menu->addAction(m_deleteButton->icon(), m_deleteButton->text(), m_deleteButton, &QPushButton::click);
    remove->setObjectName(m_deleteButton->objectName());
    remove->setEnabled(m_deleteButton->isEnabled());
    return menu;
}

void TestUsersPage::showChanged(const Result<TestUser> &changed, const QString &failedAction, const QString &done)
{
    if (!changed) {
        MessageBox::error(this, failedAction, changed.error());
        refresh();
        return;
    }
    m_model->replace(*changed);
    updateActions();
    confirmInStatusBar(this, done);
}

void TestUsersPage::newUser()
{
    if (!m_model)
        return;
    NewTestUserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<TestUser> created = m_testUsers.create(dialog.user(), m_actor);
    if (!created) {
        MessageBox::error(this, tr("The test user was not created."), created.error());
        return;
    }
    refresh();
    select(created->id);
}

void TestUsersPage::editDisplayName()
{
    const std::optional<TestUser> user = selectedUser();
    if (!user)
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("editDisplayNameDialog"));
    ask.setWindowTitle(tr("Edit display name"));
    ask.setLabelText(tr("Display name of %1:").arg(user->email));
    ask.setTextValue(user->displayName);
    ask.setOkButtonText(tr("Save"));
    if (ask.exec() != QDialog::Accepted)
        return;
    showChanged(m_testUsers.updateDisplayName(user->id, ask.textValue(), m_actor),
        tr("The display name of %1 was not changed.").arg(user->email),
        tr("The display name of %1 was saved.").arg(user->email));
}

void TestUsersPage::resetPassword()
{
    const std::optional<TestUser> user = selectedUser();
    if (!user)
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("resetPasswordDialog"));
    ask.setWindowTitle(tr("Reset password"));
    ask.setLabelText(tr("New password for %1.\n\nThis ends all of their sessions: every refresh token they hold "
                        "stops working, so each app they use has to log in again.")
                         .arg(user->email));
    ask.setTextEchoMode(QLineEdit::Password);
    ask.setOkButtonText(tr("Reset password and end sessions"));
    if (ask.exec() != QDialog::Accepted)
        return;
    const Result<int> revoked = m_testUsers.resetPassword(user->id, ask.textValue(), m_actor);
    if (!revoked) {
        MessageBox::error(this, tr("The password of %1 was not reset.").arg(user->email), revoked.error());
        return;
    }
    MessageBox::information(this, tr("Password reset"),
        tr("The password of %1 was reset, and %n session(s) were ended.", nullptr, *revoked).arg(user->email));
}

void TestUsersPage::toggleBan()
{
    const std::optional<TestUser> user = selectedUser();
    if (!user)
        return;
    if (!user->banned
        && !MessageBox::confirm(this, tr("Ban test user"),
            tr("Ban %1?\n\nThey can no longer log in, and their refresh tokens stop working. "
               "You can lift the ban later.")
                .arg(user->email),
            tr("Ban"))) {
        return;
    }
    showChanged(m_testUsers.setBanned(user->id, !user->banned, m_actor),
        user->banned ? tr("The ban of %1 was not lifted.").arg(user->email) : tr("%1 was not banned.").arg(user->email),
        user->banned ? tr("The ban of %1 was lifted.").arg(user->email) : tr("%1 was banned.").arg(user->email));
}

void TestUsersPage::unlock()
{
    const std::optional<TestUser> user = selectedUser();
    if (!user)
        return;
    showChanged(m_testUsers.unlock(user->id, m_actor), tr("%1 was not unlocked.").arg(user->email),
        tr("%1 was unlocked.").arg(user->email));
}

void TestUsersPage::deleteSelected()
{
    const std::optional<TestUser> user = selectedUser();
    if (!user)
        return;
    if (!MessageBox::confirm(this, tr("Delete test user"),
            tr("Delete %1?\n\nAll of their sessions end, and they can no longer log in. This "
               "cannot be undone.")
                .arg(user->email),
            tr("Delete"))) {
        return;
    }
    if (const Result<void> removed = m_testUsers.remove(user->id, m_actor); !removed) {
        MessageBox::error(this, tr("%1 was not deleted.").arg(user->email), removed.error());
        refresh();
        return;
    }
    m_model->remove(user->id);
    confirmInStatusBar(this, tr("%1 was deleted.").arg(user->email));
    updateStatus();
}

void TestUsersPage::bulkCreate()
{
    if (!m_model || m_bulkRunning)
        return;
    BulkCreateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startBulkCreate(dialog.users());
}

void TestUsersPage::startBulkCreate(const QList<NewTestUser> &users)
{
    if (!m_model || m_bulkRunning || users.isEmpty())
        return;
    m_bulkRunning = true;
    updateActions();
    const int total = static_cast<int>(users.size());
    m_bulkCancel = std::make_shared<std::atomic_bool>(false);

    // Window-modal and shown at once, but not exec()'d: the work finishes in a slot, not a nested loop.
    m_progress = new QProgressDialog(tr("Creating %n test user(s)…", nullptr, total), tr("Cancel"), 0, total, this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setWindowTitle(tr("Create test users"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);

    auto *watcher = new QFutureWatcher<BulkOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_bulkCancel] { cancel->store(true); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const BulkOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (m_progress)
            m_progress->deleteLater();
        m_bulkRunning = false;
        refresh();
        updateActions();
        if (outcome.cancelled) {
            m_status->setText(tr("Cancelled; no test user was created."));
        } else if (outcome.error) {
            MessageBox::error(this, tr("No test user was created."), *outcome.error);
        } else {
            m_status->setText(tr("Created %n test user(s).", nullptr, outcome.created));
        }
        emit bulkCreateFinished(outcome.created);
    });

    // The services are thread-safe (each thread gets its own database connection); hashing 100,000
    // passwords takes minutes, which the GUI thread must not spend.
    TestUserService *service = &m_testUsers;
    const QString actor = m_actor;
    const std::shared_ptr<std::atomic_bool> cancel = m_bulkCancel;
    const QFuture<BulkOutcome> future
        = QtConcurrent::run([service, users, actor, cancel, total](QPromise<BulkOutcome> &promise) {
              promise.setProgressRange(0, total);
              const Result<QList<TestUser>> created = service->createMany(
                  users, actor, [&promise](int done, int) { promise.setProgressValue(done); }, cancel.get());
              BulkOutcome outcome;
              if (created)
                  outcome.created = static_cast<int>(created->size());
              else if (cancel->load())
                  outcome.cancelled = true;
              else
                  outcome.error = created.error();
              promise.addResult(outcome);
          });
    m_bulkFuture = QFuture<void>(future);
    watcher->setFuture(future);
}

void TestUsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

} // namespace authdesk
