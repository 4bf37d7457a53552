#include "ui/requestspage.h"

#include "services/applicationservice.h"
#include "services/datachangenotifier.h"
#include "services/requestlog.h"
#include "services/requestlogfollower.h"
#include "services/servercontrol.h"
#include "ui/curlcommand.h"
#include "ui/requestdetailpane.h"
#include "ui/requestlogmodel.h"
#include "ui/tableheader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace authdesk {

RequestsPage::RequestsPage(
    RequestLog &requestLog, ApplicationService &applications, ServerControl *server, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_requestLog(requestLog)
    , m_applications(applications)
    , m_server(server)
    , m_model(new RequestLogModel(RequestLogModel::DefaultCapacity, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_detail(new RequestDetailPane(applications, std::move(actor), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("RequestsPage"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    tableheader::setUp(m_view, QStringLiteral("requests"),
        { RequestLogModel::Time, RequestLogModel::Endpoint, RequestLogModel::Status, RequestLogModel::Reason });

    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding new requests to the list, to read it in peace. The server keeps "
                           "answering; the requests you miss are counted."));
    m_clear->setToolTip(tr("Empty the list."));
    m_copyCurl->setToolTip(tr("Copy the selected request as a curl command. Secrets stay \"[redacted]\": "
                              "put in your own before you run it."));
    m_copyCurl->setShortcut(QKeySequence::Copy);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_pause);
    actions->addWidget(m_clear);
    actions->addWidget(m_copyCurl);

    m_notice->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_notice);

    connect(m_pause, &QPushButton::toggled, this, &RequestsPage::setPaused);
    connect(m_clear, &QPushButton::clicked, this, &RequestsPage::clear);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestsPage::copySelectedAsCurl);
    connect(m_model, &RequestLogModel::missedChanged, this, &RequestsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateDetail);

    // The log records on the server's threads; the page reads what is new a few times a second, in
    // one batch, so the model is only ever touched on this thread and a busy server costs the console
    // a few insertions a second, not an event per request. What is in the log already comes first.
    m_follower = new RequestLogFollower(m_requestLog, RequestLogFollower::DefaultIntervalMs, this);
    connect(m_follower, &RequestLogFollower::arrived, m_model, &RequestLogModel::appendBatch);
    loadLog();
    reloadApplicationNames();
    updateActions();
}

void RequestsPage::refresh()
{
    reloadApplicationNames();
    loadLog();
}

void RequestsPage::loadLog()
{
    // One read for the list and where the follower goes on from, so nothing shows twice or not at all.
    const RequestLog::Batch all = m_requestLog.after(0);
    m_model->setDecisions(all.decisions);
    m_follower->startAt(all.next);
}

void RequestsPage::reloadApplicationNames()
{
    const Result<QList<Application>> applications = m_applications.list();
    if (!applications)
        return; // the names stay as they were; the client IDs are in the tooltips
    QHash<QString, QString> names;
    for (const Application &application : *applications)
        names.insert(application.clientId, application.name);
    m_model->setApplicationNames(names);
}

void RequestsPage::setPaused(bool paused)
{
    m_model->setPaused(paused);
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateSummary();
}

void RequestsPage::clear()
{
    // The services' copy goes too, or F5 would bring back what the operator just cleared.
    m_requestLog.clear();
    m_model->clear();
}

QString RequestsPage::selectedAsCurl() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QUrl baseUrl = m_server ? m_server->baseUrl() : QUrl();
    return CurlCommand::forDecision(m_model->decision(rows.first().row()), baseUrl);
}

void RequestsPage::copySelectedAsCurl()
{
    const QString command = selectedAsCurl();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_notice->setText(tr("Copied as a curl command. Secrets were replaced by the placeholder \"[redacted]\": "
                         "put in your own before you run it."));
}

void RequestsPage::updateDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_detail->setDecision(rows.isEmpty() ? nullptr : &m_model->decision(rows.first().row()));
}

void RequestsPage::updateSummary()
{
    QString text;
    if (m_model->rowCount() == 0 && !m_model->isPaused())
        text = tr("No requests yet. Every call to the token endpoint appears here as it happens.");
    else
        text = tr("%n request(s) shown", nullptr, m_model->rowCount());
    if (m_model->isPaused())
        text += QStringLiteral(" · ") + tr("paused, %n new request(s) not shown", nullptr, m_model->missed());
    if (m_model->dropped() > 0) {
        text += QStringLiteral(" · ")
            + tr("%n request(s) came faster than the log keeps them and are not shown", nullptr,
                static_cast<int>(qMin<qint64>(m_model->dropped(), std::numeric_limits<int>::max())));
    }
    m_summary->setText(text);
}

void RequestsPage::updateActions()
{
    m_copyCurl->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace authdesk
