#include "ui/auditpage.h"

#include "domain/clock.h"
#include "services/auditlog.h"
#include "ui/auditcsvexport.h"
#include "ui/auditlogmodel.h"
#include "ui/messagebox.h"
#include "ui/tableheader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {

constexpr int FilterDelayMs = 300;
constexpr int AnyKind = -1;

} // namespace

AuditPage::AuditPage(AuditLog &audit, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_clock(clock)
    , m_model(new AuditLogModel(audit, this))
    , m_textFilter(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_filterDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("AuditPage"));

    m_textFilter->setPlaceholderText(tr("Filter by actor, action, target or reason"));
    m_textFilter->setClearButtonEnabled(true);
    m_kindFilter->addItem(tr("All events"), AnyKind);
    m_kindFilter->addItem(tr("Admin actions"), static_cast<int>(AuditEvent::Kind::AdminAction));
    m_kindFilter->addItem(tr("Security events"), static_cast<int>(AuditEvent::Kind::SecurityEvent));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    tableheader::setUp(m_view, QStringLiteral("audit"),
        { AuditLogModel::Time, AuditLogModel::Kind, AuditLogModel::Action, AuditLogModel::Reason });

    m_export->setToolTip(tr("Save every event that matches the filter as a CSV file only you can read."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_kindFilter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_textFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_kindFilter, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsvInteractively);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateSummary);
    connect(m_model, &AuditLogModel::loadFailed, this,
        [this](const QString &message) { m_summary->setText(tr("The audit log could not be read: %1").arg(message)); });
    // Events are recorded on the server's threads too (e.g. a reused refresh token): queued, so the
    // model is only touched here.
    connect(&m_audit, &AuditLog::recorded, m_model, &AuditLogModel::addRecorded, Qt::QueuedConnection);

    applyFilters();
}

void AuditPage::refresh()
{
    applyFilters();
}

void AuditPage::applyFilters()
{
    m_filterDelay->stop();
    AuditFilter filter;
    filter.text = m_textFilter->text().trimmed();
    if (const int kind = m_kindFilter->currentData().toInt(); kind != AnyKind)
        filter.kind = static_cast<AuditEvent::Kind>(kind);
    m_model->setFilter(filter);
}

void AuditPage::updateSummary()
{
    const int total = m_model->totalCount();
    if (total == 0) {
        m_summary->setText(m_textFilter->text().trimmed().isEmpty() && m_kindFilter->currentIndex() == 0
                ? tr("Nothing audited yet. Admin actions and security events appear here.")
                : tr("No event matches the filter."));
        return;
    }
    if (m_model->totalIsLowerBound())
        m_summary->setText(tr("More than %L1 events").arg(total));
    else
        m_summary->setText(tr("%n event(s)", nullptr, total));
}

Result<int> AuditPage::exportCsv(const QString &path)
{
    return AuditCsvExport(m_audit, m_clock).write(path, m_model->filter());
}

void AuditPage::exportCsvInteractively()
{
    QString path = std::exchange(m_nextExportPath, QString());
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), AuditCsvExport::suggestedPath(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    const Result<int> written = exportCsv(path);
    if (!written) {
        MessageBox::error(this, tr("The audit log could not be exported."), written.error());
        return;
    }
    MessageBox::information(this, tr("Audit log exported"),
        tr("%n event(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

} // namespace authdesk
