#include "ui/requestdetailpane.h"

#include "services/applicationservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace authdesk {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(name), value.isEmpty() ? QStringLiteral("&mdash;") : escaped(value));
}

QString pairs(const QList<QPair<QString, QString>> &list, const QString &separator)
{
    QString html;
    for (const auto &[name, value] : list)
        html += escaped(name) + escaped(separator) + escaped(value) + QStringLiteral("<br>");
    return html;
}

bool isOriginRefusal(const TokenDecision &decision)
{
    return decision.error == QLatin1String("origin_not_allowed") && !decision.origin.isEmpty();
}

} // namespace

RequestDetailPane::RequestDetailPane(ApplicationService &applications, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_applications(applications)
    , m_actor(std::move(actor))
    , m_text(new QTextBrowser(this))
    , m_allow(new QPushButton(this))
    , m_allowMenu(new QMenu(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("RequestDetailPane"));
    m_text->setOpenLinks(false);
    m_text->setPlaceholderText(tr("Select a request to see the whole decision: what was asked, what was "
                                  "answered and why."));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allow->setToolTip(tr("Add this origin to the application's allowed origins, so that browser pages "
                           "served from it may call the API. Recorded in the audit log."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_allow);
    actions->addWidget(m_outcome, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(actions);

    connect(m_allow, &QPushButton::clicked, this, [this] {
        const QString clientId = m_allow->property("clientId").toString();
        if (!clientId.isEmpty())
            allowOrigin(clientId);
    });
    setDecision(nullptr);
}

void RequestDetailPane::setDecision(const TokenDecision *decision)
{
    m_decision = decision ? std::optional<TokenDecision>(*decision) : std::nullopt;
    m_outcome->clear();
    if (!decision) {
        m_text->clear();
        updateAllowAction();
        return;
    }
    const TokenDecision &d = *decision;
    const QString status
        = d.error.isEmpty() ? QString::number(d.status) : QStringLiteral("%1 %2").arg(d.status).arg(d.error);
    QString html = QStringLiteral("<p><b>%1 %2</b> &rarr; %3</p>")
                       .arg(escaped(d.method.isEmpty() ? QStringLiteral("POST") : d.method),
                           escaped(d.path.isEmpty() ? d.endpoint : d.path), escaped(status));
    html += QStringLiteral("<table>");
    html += row(tr("Reason"), d.reason.translated());
    html += row(tr("Time"), QLocale().toString(d.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    html += row(tr("Client address"), d.clientAddress);
    html += row(tr("Origin"), d.origin);
    html += row(tr("User agent"), d.userAgent);
    if (!d.clientId.isEmpty())
        html += row(
            tr("Client ID"), d.usedBasicAuth ? tr("%1 (HTTP Basic authentication)").arg(d.clientId) : d.clientId);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b><br><span style=\"font-family:monospace\">%2</span></p>")
                .arg(escaped(tr("Request headers (secrets redacted)")),
                    d.headers.isEmpty() ? escaped(tr("not recorded")) : pairs(d.headers, QStringLiteral(": ")));
    if (!d.parameters.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br><span style=\"font-family:monospace\">%2</span></p>")
                    .arg(escaped(tr("Request body (secrets redacted)")), pairs(d.parameters, QStringLiteral("=")));
    }
    html += QStringLiteral("<p><b>%1</b><br><span style=\"font-family:monospace\">%2</span></p>")
                .arg(escaped(tr("Response body")),
                    d.responseBody.isEmpty()
                        ? escaped(d.status < 400 ? tr("not kept for successful answers") : tr("empty"))
                        : escaped(d.responseBody));
    m_text->setHtml(html);
    updateAllowAction();
}

QString RequestDetailPane::text() const
{
    return m_text->toPlainText();
}

void RequestDetailPane::updateAllowAction()
{
    m_allowMenu->clear();
    m_allow->setMenu(nullptr);
    m_allow->setProperty("clientId", QString());
    if (!m_decision || !isOriginRefusal(*m_decision)) {
        m_allow->hide();
        return;
    }
    const QString origin = m_decision->origin;
    const Result<QList<Application>> applications = m_applications.list();
    QList<Application> candidates;
    if (applications) {
        for (const Application &application : *applications) {
            if (application.clientId == m_decision->clientId)
                candidates = { application };
        }
        if (candidates.isEmpty())
            candidates = *applications;
    }
    if (candidates.isEmpty()) {
        m_allow->hide();
        return;
    }
    if (candidates.size() == 1) {
        m_allow->setText(tr("Allow %1 for %2").arg(origin, candidates.first().name));
        m_allow->setProperty("clientId", candidates.first().clientId);
    } else {
        // The request did not say which application it was for (a preflight has no body): ask.
        m_allow->setText(tr("Allow %1 for…").arg(origin));
        for (const Application &application : std::as_const(candidates)) {
            const QString clientId = application.clientId;
            m_allowMenu->addAction(application.name, this, [this, clientId] { allowOrigin(clientId); });
        }
        m_allow->setMenu(m_allowMenu);
    }
    m_allow->show();
}

bool RequestDetailPane::allowOrigin(const QString &clientId)
{
    if (!m_decision || !isOriginRefusal(*m_decision))
        return false;
    const QString origin = m_decision->origin;
    const Result<Application> allowed = m_applications.allowOrigin(clientId, origin, m_actor);
    if (!allowed) {
        m_outcome->setText(tr("Could not allow %1: %2").arg(origin, allowed.error().message()));
        return false;
    }
    m_outcome->setText(
        tr("Done: %1 is now an allowed origin of %2. Its next request is served.").arg(origin, allowed->name));
    m_allow->hide();
    emit originAllowed(clientId, origin);
    return true;
}

} // namespace authdesk
