#pragma once

#include "domain/result.h"
#include "ui/refreshablepage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace authdesk {

class AuditLog;
class AuditLogModel;
class Clock;

// Who did what and why: admin actions and security events, filterable, live, and exportable as CSV.
class AuditPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // The clock dates the CSV export.
    AuditPage(AuditLog &audit, const Clock &clock, QWidget *parent = nullptr);

    void refresh() override;
    void applyFilters();

    // Writes every event that matches the filter (not only the loaded rows) to `path` with
    // AuditCsvExport. Returns how many events were written.
    Result<int> exportCsv(const QString &path);
    // Asks for a file name (or takes the one given by setNextExportPath) and exports.
    void exportCsvInteractively();
    // Test seam: the next interactive export writes here instead of asking.
    void setNextExportPath(const QString &path) { m_nextExportPath = path; }

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_textFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }

private:
    void updateSummary();

    AuditLog &m_audit;
    const Clock &m_clock;
    AuditLogModel *m_model;
    QLineEdit *m_textFilter;
    QComboBox *m_kindFilter;
    QTimer *m_filterDelay;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_export;
    QString m_nextExportPath;
};

} // namespace authdesk
