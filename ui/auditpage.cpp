#include "ui/auditpage.h"

#include "domain/clock.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "ui/auditlogmodel.h"
#include "ui/messagebox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace authdesk {

namespace {

constexpr int FilterDelayMs = 300;
constexpr int AnyKind = -1;
constexpr int ExportChunk = 1000;

} // namespace

AuditPage::AuditPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new AuditLogModel(m_context.services->audit(), this))
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditLogModel::Time, 140);
    m_view->setColumnWidth(AuditLogModel::Kind, 130);
    m_view->setColumnWidth(AuditLogModel::Action, 180);
    m_view->setColumnWidth(AuditLogModel::Target, 260);

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
    connect(
        &m_context.services->audit(), &AuditLog::recorded, m_model, &AuditLogModel::addRecorded, Qt::QueuedConnection);

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

QString AuditPage::csvField(const QString &text)
{
    // A cell that starts like a formula would be run by a spreadsheet that opens the file (CSV
    // injection: a test user named "=HYPERLINK(...)" for instance). A leading apostrophe makes it text.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const QString value = !text.isEmpty() && formulaStart.contains(text.front()) ? QLatin1Char('\'') + text : text;
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<int> AuditPage::exportCsv(const QString &path)
{
    QFile file(path);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    // Created 0600 from the start; an existing file is narrowed too before anything is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)) {
        return Error(Error::Code::InvalidArgument,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted << csvField(field);
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    // Machine names in the header and ISO times, so that scripts can read the file in any locale.
    file.write(line({ QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("actor"), QStringLiteral("action"),
        QStringLiteral("target"), QStringLiteral("reason") }));

    AuditFilter filter = m_model->filter();
    // Events recorded during the export would shift the pages (newest first); ending the range now
    // keeps every page where it was.
    if (!filter.to.isValid())
        filter.to = m_context.services->clock().now();
    int written = 0;
    for (;;) {
        const Result<QList<AuditEvent>> chunk = m_context.services->audit().list(filter, ExportChunk, written);
        if (!chunk)
            return chunk.error();
        for (const AuditEvent &event : *chunk) {
            file.write(line({ event.at.toUTC().toString(Qt::ISODateWithMs), AuditEvent::kindName(event.kind),
                event.actor, event.action, event.target, event.reason }));
        }
        written += static_cast<int>(chunk->size());
        if (chunk->size() < ExportChunk)
            break;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        return Error(Error::Code::InvalidArgument,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return written;
}

void AuditPage::exportCsvInteractively()
{
    QString path = std::exchange(m_nextExportPath, QString());
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
            QDir(folder).filePath(QStringLiteral("authdesk-audit.csv")), tr("CSV files (*.csv)"));
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
