#include "ui/testcontrolspage.h"

#include "services/testcontrols.h"
#include "ui/displaytime.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authdesk {

namespace {

QString offsetText(qint64 seconds)
{
    return QString::asprintf("%+lld", static_cast<long long>(seconds));
}

} // namespace

ClockBanner::ClockBanner(TestControls &controls, QString actor, QWidget *parent)
    : QFrame(parent)
    , m_controls(controls)
    , m_actor(std::move(actor))
    , m_message(new QLabel(this))
    , m_reset(new QPushButton(tr("Back to real time"), this))
{
    setObjectName(QStringLiteral("clockBanner"));
    m_message->setObjectName(QStringLiteral("clockBannerMessage"));
    m_message->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("clockBannerReset"));
    setStyleSheet(QStringLiteral("#clockBanner { background: #fff4e5; border-bottom: 1px solid #ffd8a8; }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_message, 1);
    row->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, this, [this] { (void)m_controls.setClockOffset(0, m_actor); });
    connect(&m_controls, &TestControls::clockOffsetChanged, this, &ClockBanner::update);
    update(m_controls.clockOffsetSeconds());
}

void ClockBanner::update(qint64 offsetSeconds)
{
    m_message->setText(tr("The clock is moved by %1 seconds (Test controls): tokens are issued, expire and lock "
                          "out in that time, in every AuthDesk on this database.")
                           .arg(offsetText(offsetSeconds)));
    setVisible(offsetSeconds != 0);
}

TestControlsPage::TestControlsPage(TestControls &controls, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_controls(controls)
    , m_actor(std::move(actor))
    , m_clockLabel(new QLabel(this))
    , m_offset(new QSpinBox(this))
    , m_setClock(new QPushButton(tr("Move the clock"), this))
    , m_resetClock(new QPushButton(tr("Back to real time"), this))
    , m_endpoint(new QComboBox(this))
    , m_grant(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_actionValue(new QSpinBox(this))
    , m_limit(new QComboBox(this))
    , m_limitValue(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add rule"), this))
    , m_rules(new QTableWidget(0, 4, this))
    , m_clearSelected(new QPushButton(tr("Clear selected"), this))
    , m_clearAll(new QPushButton(tr("Clear all"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("testControlsPage"));

    auto *clockBox = new QGroupBox(tr("Time travel"), this);
    m_offset->setRange(
        -static_cast<int>(TestControls::MaxOffsetSeconds), static_cast<int>(TestControls::MaxOffsetSeconds));
    m_offset->setValue(960);
    m_offset->setSuffix(tr(" s"));
    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(new QLabel(tr("Offset:"), clockBox));
    clockRow->addWidget(m_offset);
    clockRow->addWidget(m_setClock);
    clockRow->addWidget(m_resetClock);
    clockRow->addStretch(1);
    auto *clockColumn = new QVBoxLayout(clockBox);
    clockColumn->addWidget(m_clockLabel);
    clockColumn->addLayout(clockRow);

    auto *faultBox = new QGroupBox(tr("Fault injection"), this);
    m_endpoint->addItem(tr("Token"), QStringLiteral("token"));
    m_endpoint->addItem(tr("Revoke"), QStringLiteral("revoke"));
    m_endpoint->addItem(tr("API"), QStringLiteral("api"));
    m_grant->setPlaceholderText(tr("any grant, or e.g. refresh_token"));
    m_client->setPlaceholderText(tr("any client ID"));
    m_action->addItem(tr("Answer with status"), static_cast<int>(FaultRule::Action::Status));
    m_action->addItem(tr("Delay the answer (ms)"), static_cast<int>(FaultRule::Action::Delay));
    m_action->addItem(tr("Drop the connection"), static_cast<int>(FaultRule::Action::Drop));
    m_limit->addItem(tr("for the next requests"), QStringLiteral("count"));
    m_limit->addItem(tr("for seconds"), QStringLiteral("seconds"));
    m_limit->addItem(tr("until cleared"), QStringLiteral("none"));
    m_limitValue->setRange(1, TestControls::MaxCount);
    m_limitValue->setValue(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Grant:"), m_grant);
    form->addRow(tr("Client:"), m_client);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action);
    actionRow->addWidget(m_actionValue);
    form->addRow(tr("Fault:"), actionRow);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limitValue);
    limitRow->addWidget(m_limit);
    form->addRow(tr("Applies:"), limitRow);
    form->addRow(QString(), m_add);
    m_rules->setHorizontalHeaderLabels({ tr("ID"), tr("Requests"), tr("Fault"), tr("Left") });
    // Which requests take the room; the ID, the fault and what is left stay as wide as their text.
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *clearRow = new QHBoxLayout;
    clearRow->addStretch(1);
    clearRow->addWidget(m_clearSelected);
    clearRow->addWidget(m_clearAll);
    auto *faultColumn = new QVBoxLayout(faultBox);
    faultColumn->addLayout(form);
    faultColumn->addWidget(m_rules, 1);
    faultColumn->addLayout(clearRow);

    m_error->setObjectName(QStringLiteral("testControlsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00;"));
    m_error->hide();

    auto *column = new QVBoxLayout(this);
    column->addWidget(clockBox);
    column->addWidget(faultBox, 1);
    column->addWidget(m_error);

    connect(m_setClock, &QPushButton::clicked, this, [this] { setClock(m_offset->value()); });
    connect(m_resetClock, &QPushButton::clicked, this, [this] { setClock(0); });
    connect(m_add, &QPushButton::clicked, this, &TestControlsPage::addRule);
    connect(m_clearSelected, &QPushButton::clicked, this, [this] { clear(true); });
    connect(m_clearAll, &QPushButton::clicked, this, [this] { clear(false); });
    connect(m_action, &QComboBox::currentIndexChanged, this, &TestControlsPage::updateActionValue);
    connect(m_limit, &QComboBox::currentIndexChanged, this,
        [this] { m_limitValue->setEnabled(m_limit->currentData().toString() != QLatin1String("none")); });
    connect(&m_controls, &TestControls::clockOffsetChanged, this, &TestControlsPage::showOffset);
    connect(&m_controls, &TestControls::faultsChanged, this, &TestControlsPage::reload);
    updateActionValue();
    reload();
}

QString TestControlsPage::requestsText(const FaultRule &rule)
{
    QString text = rule.endpoint;
    if (!rule.grantType.isEmpty())
        text = tr("%1, grant %2").arg(text, rule.grantType);
    if (!rule.clientId.isEmpty())
        text = tr("%1, client %2").arg(text, rule.clientId);
    return text;
}

QString TestControlsPage::faultText(const FaultRule &rule)
{
    switch (rule.action) {
    case FaultRule::Action::Status:
        return tr("answer %1").arg(rule.status);
    case FaultRule::Action::Delay:
        return tr("answer %1 ms late").arg(rule.delayMs);
    case FaultRule::Action::Drop:
        break;
    }
    return tr("drop the connection");
}

void TestControlsPage::updateActionValue()
{
    const auto action = static_cast<FaultRule::Action>(m_action->currentData().toInt());
    m_actionValue->setEnabled(action != FaultRule::Action::Drop);
    if (action == FaultRule::Action::Status) {
        m_actionValue->setRange(400, 599);
        m_actionValue->setValue(503);
    } else if (action == FaultRule::Action::Delay) {
        m_actionValue->setRange(1, TestControls::MaxDelayMs);
        m_actionValue->setValue(2000);
    }
}

void TestControlsPage::showOffset(qint64 seconds)
{
    m_clockLabel->setText(seconds == 0 ? tr("The clock shows the real time.")
                                       : tr("The clock is moved by %1 seconds.").arg(offsetText(seconds)));
}

void TestControlsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TestControlsPage::reload()
{
    showOffset(m_controls.clockOffsetSeconds());
    const Result<QList<FaultRule>> rules = m_controls.faults();
    if (!rules) {
        showError(rules.error().message());
        return;
    }
    m_rules->setRowCount(0);
    for (const FaultRule &rule : *rules) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        QString left = tr("until cleared");
        if (rule.remaining)
            left = tr("%n request(s)", nullptr, *rule.remaining);
        else if (rule.expiresAt.isValid())
            left = tr("until %1").arg(displayTime(rule.expiresAt));
        // The same rule as a command, for a script that sets up the same test.
        const QString asCommand = tr("As a command: authdesk fault add %1").arg(TestControls::describe(rule));
        const QStringList cells { QString::number(rule.id), requestsText(rule), faultText(rule), left };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(asCommand);
            if (column == 0)
                item->setData(Qt::UserRole, rule.id);
            m_rules->setItem(row, column, item);
        }
    }
}

void TestControlsPage::setClock(qint64 seconds)
{
    const Result<void> set = m_controls.setClockOffset(seconds, m_actor);
    showError(set ? QString() : set.error().message());
}

void TestControlsPage::addRule()
{
    FaultRule rule;
    rule.endpoint = m_endpoint->currentData().toString();
    rule.grantType = m_grant->text().trimmed();
    rule.clientId = m_client->text().trimmed();
    rule.action = static_cast<FaultRule::Action>(m_action->currentData().toInt());
    if (rule.action == FaultRule::Action::Status)
        rule.status = m_actionValue->value();
    else if (rule.action == FaultRule::Action::Delay)
        rule.delayMs = m_actionValue->value();
    int forSeconds = 0;
    const QString limit = m_limit->currentData().toString();
    if (limit == QLatin1String("count"))
        rule.remaining = m_limitValue->value();
    else if (limit == QLatin1String("seconds"))
        forSeconds = m_limitValue->value();
    const Result<FaultRule> added = m_controls.addFault(rule, forSeconds, m_actor);
    showError(added ? QString() : added.error().message());
    reload();
}

void TestControlsPage::clear(bool selectedOnly)
{
    if (!selectedOnly) {
        const Result<int> cleared = m_controls.clearFaults(std::nullopt, m_actor);
        showError(cleared ? QString() : cleared.error().message());
        reload();
        return;
    }
    QList<qint64> ids;
    for (const QModelIndex &index : m_rules->selectionModel()->selectedRows())
        ids << m_rules->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    QString error;
    for (const qint64 id : std::as_const(ids)) {
        if (const Result<int> cleared = m_controls.clearFaults(id, m_actor); !cleared)
            error = cleared.error().message();
    }
    showError(error);
    reload();
}

} // namespace authdesk
