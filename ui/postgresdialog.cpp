#include "ui/postgresdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

namespace authdesk {

PostgresDialog::PostgresDialog(const PostgresTarget &initial, ConnectionTest test, QWidget *parent)
    : QDialog(parent)
    , m_test(std::move(test))
    , m_host(new QLineEdit(initial.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(initial.database, this))
    , m_user(new QLineEdit(initial.user, this))
    , m_password(new QLineEdit(initial.password, this))
    , m_remember(new QCheckBox(tr("&Remember password in the keychain"), this))
    , m_problem(new QLabel(this))
    , m_result(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_connectButton(nullptr)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    setObjectName(QStringLiteral("PostgresDialog"));

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.example.com or 127.0.0.1"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port == 0 ? 5432 : initial.port);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("Empty: PGUSER or your login name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton->setObjectName(QStringLiteral("testConnection"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    form->addRow(QString(), testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->button(QDialogButtonBox::Ok);
    m_connectButton->setText(tr("&Connect"));
    m_connectButton->setObjectName(QStringLiteral("connect"));

    auto *note = new QLabel(tr("AuthDesk keeps its data in this database instead of the local file. The password "
                               "is kept only in the OS keychain; without one, leave it empty and set PGPASSWORD "
                               "or use ~/.pgpass."),
        this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_host, m_database, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_result->clear(); // a result about other values would mislead
            updateState();
        });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        m_result->clear();
        updateState();
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] { startTest(false); });
    // Connect only closes the dialog once the connection works; see startTest().
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { startTest(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &PostgresDialog::reject);

    updateState();
    resize(460, 0);
}

PostgresDialog::~PostgresDialog()
{
    // The worker uses m_test; the connection timeout bounds this wait to seconds.
    if (m_worker)
        m_worker->wait();
}

PostgresTarget PostgresDialog::login() const
{
    PostgresTarget login;
    login.host = m_host->text().trimmed();
    login.port = static_cast<quint16>(m_port->value());
    login.database = m_database->text().trimmed();
    login.user = m_user->text().trimmed();
    login.password = m_password->text(); // a password may begin or end with a space
    return login;
}

bool PostgresDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void PostgresDialog::updateState()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the host name or address of the PostgreSQL server.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Enter the name of the database AuthDesk should keep its data in.");
    else if (m_database->text().contains(QLatin1Char('/')))
        problem = tr("A database name cannot contain '/'.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    const bool ready = problem.isEmpty() && !isTesting();
    m_testButton->setEnabled(ready);
    m_connectButton->setEnabled(ready);
    for (QWidget *field : std::initializer_list<QWidget *> { m_host, m_port, m_database, m_user, m_password })
        field->setEnabled(!isTesting());
}

void PostgresDialog::startTest(bool acceptWhenOk)
{
    if (isTesting() || !m_connectButton->isEnabled())
        return;
    const PostgresTarget target = login();
    //: %1 is the server, e.g. db.example.com:5432
    m_result->setText(tr("Connecting to %1…").arg(target.host + QLatin1Char(':') + QString::number(target.port)));

    // The answer travels back through the finished signal, queued to this dialog's thread.
    auto outcome = std::make_shared<Result<void>>();
    QThread *worker = QThread::create([test = m_test, target, outcome] { *outcome = test(target); });
    worker->setParent(this);
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, outcome, acceptWhenOk] {
        m_worker.clear();
        worker->deleteLater();
        testDone(*outcome, acceptWhenOk);
    });
    updateState();
    worker->start();
}

void PostgresDialog::testDone(const Result<void> &outcome, bool acceptWhenOk)
{
    if (outcome) {
        m_result->setText(tr("The connection works: the server accepted the login and the database is ready "
                             "for AuthDesk."));
    } else {
        // Storage already keeps the password out of the driver's reason; this is a second guard.
        QString reason = outcome.error().message();
        if (!m_password->text().isEmpty())
            reason.replace(m_password->text(), QStringLiteral("***"));
        m_result->setText(tr("The connection failed: %1").arg(reason));
    }
    updateState();
    // Grow to show the whole outcome; a driver's reason can take a few lines.
    resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    emit testFinished(outcome.ok());
    if (outcome && acceptWhenOk && isVisible()) // not after Cancel
        accept();
}

} // namespace authdesk
