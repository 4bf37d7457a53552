#pragma once

#include "ui/refreshablepage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace authdesk {

class ApplicationService;
class RequestDetailPane;
class RequestLog;
class RequestLogFollower;
class RequestLogModel;
class ServerControl;

// The live log of the token and revocation endpoints: every decision with its reason in plain words,
// newest first. It only listens (queued) to the services' request log, so the server never waits for it.
class RequestsPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    // The applications and the actor (the operator's name for the audit log) are for fixing a CORS
    // refusal from the detail pane; the server, null without one, gives the base URL of a curl command.
    RequestsPage(RequestLog &requestLog, ApplicationService &applications, ServerControl *server, QString actor,
        QWidget *parent = nullptr);

    // Reloads the whole log from the services (what is kept there, up to its capacity).
    void refresh() override;
    void setPaused(bool paused);
    void clear();
    // The selected request as a curl command (secrets redacted); empty when nothing is selected.
    QString selectedAsCurl() const;
    void copySelectedAsCurl();
    // Shows clients by their applications' current names; call it when applications change.
    void reloadApplicationNames();

    RequestLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *pauseButton() const { return m_pause; }
    RequestDetailPane *detailPane() const { return m_detail; }
    // What the page says after an action, such as a copy ("secrets were replaced by placeholders").
    QLabel *noticeLabel() const { return m_notice; }

private:
    void loadLog();
    void updateSummary();
    void updateActions();
    void updateDetail();

    RequestLog &m_requestLog;
    ApplicationService &m_applications;
    ServerControl *m_server;
    RequestLogModel *m_model;
    RequestLogFollower *m_follower = nullptr;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_pause;
    QPushButton *m_clear;
    QPushButton *m_copyCurl;
    RequestDetailPane *m_detail;
    QLabel *m_notice;
};

} // namespace authdesk
