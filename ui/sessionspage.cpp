#include "ui/sessionspage.h"

#include "services/applicationservice.h"
#include "services/sessionservice.h"
#include "ui/messagebox.h"
#include "ui/reasondialog.h"
#include "ui/sessiontablemodel.h"
#include "ui/statusmessage.h"
#include "ui/tableheader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {

// Long enough to wait for the next key while typing, short enough to feel immediate.
constexpr int FilterDelayMs = 300;
constexpr int AnyState = -1;

} // namespace

SessionsPage::SessionsPage(SessionService &sessions, ApplicationService &applications, TestUserService &testUsers,
    const Clock &clock, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_applications(applications)
    , m_actor(std::move(actor))
    , m_model(new SessionTableModel(sessions, applications, testUsers, clock, this))
    , m_userFilter(new QLineEdit(this))
    , m_applicationFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_filterDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke session…"), this))
    , m_revokeUser(new QPushButton(tr("Revoke all of this &user…"), this))
    , m_revokeApplication(new QPushButton(tr("Revoke all of this a&pplication…"), this))
{
    setObjectName(QStringLiteral("SessionsPage"));

    m_userFilter->setPlaceholderText(tr("Filter by user e-mail"));
    m_userFilter->setClearButtonEnabled(true);
    m_applicationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter->addItem(tr("Any state"), AnyState);
    m_stateFilter->addItem(tr("Live"), static_cast<int>(TokenFamily::State::Live));
    m_stateFilter->addItem(tr("Expired"), static_cast<int>(TokenFamily::State::Expired));
    m_stateFilter->addItem(tr("Revoked"), static_cast<int>(TokenFamily::State::Revoked));
    m_stateFilter->addItem(tr("Reuse detected"), static_cast<int>(TokenFamily::State::ReuseDetected));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    tableheader::setUp(m_view, QStringLiteral("sessions"),
        { SessionTableModel::User, SessionTableModel::Application, SessionTableModel::Created,
            SessionTableModel::LastUsed, SessionTableModel::Expires, SessionTableModel::State },
        { SessionTableModel::Created, SessionTableModel::Expires });

    // Wrapped, so that the empty page's long sentence (longer still in Finnish or German) does not
    // widen the window beyond its default size.
    m_summary->setWordWrap(true);

    m_revoke->setToolTip(tr("End the selected session: its refresh token and access tokens stop working."));
    m_revokeUser->setToolTip(tr("End every session of the selected session's user, in every application."));
    m_revokeApplication->setToolTip(
        tr("End every session of the selected session's application, and its anonymous access tokens."));
    m_revoke->setShortcut(QKeySequence::Delete);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_userFilter, 1);
    filters->addWidget(m_applicationFilter);
    filters->addWidget(m_stateFilter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_revoke);
    actions->addWidget(m_revokeUser);
    actions->addWidget(m_revokeApplication);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    setTabOrder(m_userFilter, m_applicationFilter);
    setTabOrder(m_applicationFilter, m_stateFilter);
    setTabOrder(m_stateFilter, m_view);
    setTabOrder(m_view, m_revoke);
    setTabOrder(m_revoke, m_revokeUser);
    setTabOrder(m_revokeUser, m_revokeApplication);

    connect(m_userFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &SessionsPage::applyFilters);
    connect(m_applicationFilter, &QComboBox::activated, this, &SessionsPage::applyFilters);
    connect(m_stateFilter, &QComboBox::activated, this, &SessionsPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::updateActions);
    connect(m_model, &SessionTableModel::loadFailed, this,
        [this](const QString &message) { m_summary->setText(tr("The sessions could not be read: %1").arg(message)); });
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPage::revokeSelectedSession);
    connect(m_revokeUser, &QPushButton::clicked, this, &SessionsPage::revokeAllOfSelectedUser);
    connect(m_revokeApplication, &QPushButton::clicked, this, &SessionsPage::revokeAllOfSelectedApplication);

    refresh();
}

void SessionsPage::refresh()
{
    reloadApplications();
    m_model->reloadNames();
    applyFilters();
}

void SessionsPage::applyFilters()
{
    m_filterDelay->stop();
    FamilyFilter filter;
    filter.userEmailContains = m_userFilter->text().trimmed();
    filter.clientId = m_applicationFilter->currentData().toString();
    if (const int state = m_stateFilter->currentData().toInt(); state != AnyState)
        filter.state = static_cast<TokenFamily::State>(state);
    m_model->setFilter(filter);
}

void SessionsPage::showUser(const QString &email)
{
    m_userFilter->setText(email);
    m_applicationFilter->setCurrentIndex(0);
    m_stateFilter->setCurrentIndex(0);
    applyFilters();
}

void SessionsPage::reloadApplications()
{
    const QString selected = m_applicationFilter->currentData().toString();
    m_applicationFilter->clear();
    m_applicationFilter->addItem(tr("All applications"), QString());
    const Result<QList<Application>> applications = m_applications.list();
    if (applications) {
        for (const Application &application : *applications)
            m_applicationFilter->addItem(application.name, application.clientId);
    }
    const int index = m_applicationFilter->findData(selected);
    m_applicationFilter->setCurrentIndex(index >= 0 ? index : 0);
}

const TokenFamily *SessionsPage::selectedFamily() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->family(rows.first().row());
}

void SessionsPage::updateActions()
{
    const TokenFamily *family = selectedFamily();
    const bool live = family && family->state(m_model->filter().now) == TokenFamily::State::Live;
    m_revoke->setEnabled(live);
    m_revokeUser->setEnabled(family && !family->userId.isEmpty());
    m_revokeApplication->setEnabled(family != nullptr);
}

void SessionsPage::updateSummary()
{
    const int total = m_model->totalCount();
    if (total == 0) {
        const bool filtered = !m_userFilter->text().trimmed().isEmpty() || m_applicationFilter->currentIndex() > 0
            || m_stateFilter->currentIndex() > 0;
        m_summary->setText(filtered ? tr("No session matches the filters.")
                                    : tr("No sessions yet. Every login starts one: a family of refresh tokens."));
        return;
    }
    if (m_model->totalIsLowerBound())
        m_summary->setText(tr("More than %L1 sessions").arg(total));
    else
        m_summary->setText(tr("%n session(s)", nullptr, total));
}

ReasonDialog *SessionsPage::askReason(const QString &title, const QString &question, const QString &acceptText)
{
    auto *dialog = new ReasonDialog(title, question, acceptText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the page keeps receiving queued events (live updates) while the operator types.
    dialog->open();
    return dialog;
}

ReasonDialog *SessionsPage::revokeSelectedSession()
{
    const TokenFamily *family = selectedFamily();
    if (!family)
        return nullptr;
    const QString familyId = family->id;
    const QString who = m_model->userEmail(family->userId);
    const QString where = m_model->applicationName(family->clientId);
    ReasonDialog *dialog = askReason(tr("Revoke session"),
        tr("Revoke the session of %1 in %2? Its refresh token and access tokens stop working at once.").arg(who, where),
        tr("Revoke session"));
    connect(dialog, &ReasonDialog::reasonGiven, this, [this, familyId](const QString &reason) {
        const Result<void> revoked = m_sessions.revoke(familyId, reason, m_actor);
        if (!revoked)
            MessageBox::error(this, tr("The session could not be revoked."), revoked.error());
        else
            confirmInStatusBar(this, tr("Session revoked."));
        refresh();
    });
    return dialog;
}

ReasonDialog *SessionsPage::revokeAllOfSelectedUser()
{
    const TokenFamily *family = selectedFamily();
    if (!family || family->userId.isEmpty())
        return nullptr;
    const QString userId = family->userId;
    const QString who = m_model->userEmail(userId);
    ReasonDialog *dialog = askReason(tr("Revoke all sessions of a user"),
        tr("Revoke every session of %1, in every application? The user has to log in again everywhere.").arg(who),
        tr("Revoke all of %1").arg(who));
    revokeManyOnReason(
        dialog, [this, userId](const QString &reason) { return m_sessions.revokeAllOfUser(userId, reason, m_actor); });
    return dialog;
}

void SessionsPage::revokeManyOnReason(ReasonDialog *dialog, std::function<Result<int>(const QString &)> revoke)
{
    connect(dialog, &ReasonDialog::reasonGiven, this, [this, revoke = std::move(revoke)](const QString &reason) {
        const Result<int> revoked = revoke(reason);
        if (!revoked)
            MessageBox::error(this, tr("The sessions could not be revoked."), revoked.error());
        else
            confirmInStatusBar(this, tr("%n session(s) revoked.", nullptr, *revoked));
        refresh();
    });
}

ReasonDialog *SessionsPage::revokeAllOfSelectedApplication()
{
    const TokenFamily *family = selectedFamily();
    if (!family)
        return nullptr;
    const QString clientId = family->clientId;
    const QString name = m_model->applicationName(clientId);
    ReasonDialog *dialog = askReason(tr("Revoke all sessions of an application"),
        tr("Revoke every session of %1, and every access token it has issued so far? All of its users "
           "have to log in again.")
            .arg(name),
        tr("Revoke all of %1").arg(name));
    revokeManyOnReason(dialog, [this, clientId](const QString &reason) {
        return m_sessions.revokeAllOfApplication(clientId, reason, m_actor);
    });
    return dialog;
}

void SessionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

} // namespace authdesk
