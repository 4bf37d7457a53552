#include "services/applicationservice.h"

#include "crypto/digest.h"
#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "services/auditlog.h"
#include "storage/applicationrepository.h"

#include <QUrl>
#include <QUuid>

namespace authdesk {

ApplicationService::ApplicationService(ApplicationRepository &applications, AuditLog &audit, const Clock &clock)
    : m_applications(applications)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<void> ApplicationService::validate(const Application &application)
{
    if (application.name.trimmed().isEmpty())
        return Error::invalidArgument(tr("The application needs a name."));
    if (application.name.size() > 200)
        return Error::invalidArgument(tr("The application's name is longer than 200 characters."));
    if (QUuid::fromString(application.clientId).isNull())
        return Error::invalidArgument(
            tr("The client ID must be a UUID, such as 8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11."));
    const GrantSettings &settings = application.settings;
    const QList<GrantType> valid = grantsValidFor(application.type);
    for (GrantType grant : settings.enabledGrants) {
        if (!valid.contains(grant)) {
            return Error::invalidArgument(tr("The %1 grant is not available to %2 applications.")
                                              .arg(grantTypeName(grant), applicationTypeName(application.type)));
        }
    }
    if (settings.accessTokenTtlSeconds < 1 || settings.accessTokenTtlSeconds > 24 * 3600)
        return Error::invalidArgument(tr("The access-token lifetime must be from 1 second to 24 hours."));
    if (settings.refreshTokenTtlSeconds < 60 || settings.refreshTokenTtlSeconds > 3650LL * 24 * 3600)
        return Error::invalidArgument(tr("The refresh-token lifetime must be from 1 minute to 10 years."));
    if (settings.refreshIdleTimeoutSeconds && *settings.refreshIdleTimeoutSeconds < 60)
        return Error::invalidArgument(tr("The refresh-token idle timeout must be at least 1 minute."));
    if (settings.graceWindowSeconds < 0 || settings.graceWindowSeconds > GrantSettings::MaxGraceWindow)
        return Error::invalidArgument(tr("The rotation grace window must be from 0 to 300 seconds."));
    for (const QString &origin : settings.corsOrigins) {
        const QUrl url(origin, QUrl::StrictMode);
        const bool isOrigin = url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty() && url.path().isEmpty() && !url.hasQuery() && !url.hasFragment()
            && url.userInfo().isEmpty();
        if (!isOrigin) {
            return Error::invalidArgument(
                tr("'%1' is not a browser origin. Write it as scheme://host[:port], such as http://localhost:3000.")
                    .arg(origin.left(100)));
        }
    }
    const LoginAsSettings &loginAs = application.loginAs;
    if (!loginAs.marketplaceUrl.isEmpty()) {
        if (application.type != ApplicationType::Marketplace)
            return Error::invalidArgument(tr("Only marketplace applications have a marketplace URL."));
        if (!LoginAsSettings::isValidMarketplaceUrl(loginAs.marketplaceUrl)) {
            return Error::invalidArgument(
                tr("The marketplace URL '%1' is not a web address. Write it as http(s)://host[:port][/path], such as "
                   "http://localhost:3000.")
                    .arg(loginAs.marketplaceUrl.left(100)));
        }
    }
    return {};
}

Result<IssuedSecret> ApplicationService::create(
    const QString &name, ApplicationType type, const QString &actor, const QString &clientId)
{
    Application application;
    application.clientId = clientId.isEmpty() ? tokengenerator::newUuid() : clientId;
    // A given ID in its one spelling (lower case, no braces); one that is no UUID fails validate().
    if (const QUuid given = QUuid::fromString(clientId); !given.isNull())
        application.clientId = given.toString(QUuid::WithoutBraces);
    application.name = name.trimmed();
    application.type = type;
    application.settings = GrantSettings::defaultsFor(type);
    const QByteArray secret = tokengenerator::newClientSecret();
    Result<Application> created = createWith(application, QString::fromLatin1(secret), actor);
    if (!created)
        return created.error();
    return IssuedSecret { std::move(created).value(), secret, {} };
}

Result<Application> ApplicationService::createWith(
    Application application, const QString &plainSecret, const QString &actor)
{
    application.name = application.name.trimmed();
    if (const Result<void> valid = validate(application); !valid)
        return valid.error();
    application.secretHash = plainSecret.isEmpty() ? QByteArray() : digest::sha256(plainSecret.toUtf8());
    application.previousSecretHash.clear();
    application.previousSecretValidUntil = {};
    application.createdAt = m_clock.now();
    application.lastUsedAt = {};
    application.revokedAllAt = {};
    if (const Result<void> inserted = m_applications.insert(application); !inserted)
        return inserted.error();
    m_audit.adminAction(actor, QStringLiteral("application.create"), application.clientId,
        AuditReason("ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "Created %1 application \"%2\""),
            { applicationTypeName(application.type), application.name }));
    return application;
}

Result<Application> ApplicationService::findExisting(const QString &clientId)
{
    const Result<std::optional<Application>> found = m_applications.find(clientId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No application has the client ID %1.").arg(clientId));
    return **found;
}

Result<IssuedSecret> ApplicationService::rotateSecret(
    const QString &clientId, qint64 overlapSeconds, const QString &actor)
{
    if (overlapSeconds < 0 || overlapSeconds > 30LL * 24 * 3600)
        return Error::invalidArgument(tr("The overlap must be from 0 seconds to 30 days."));
    Result<Application> existing = findExisting(clientId);
    if (!existing)
        return existing.error();
    Application application = std::move(existing).value();
    const QByteArray secret = tokengenerator::newClientSecret();
    const QDateTime now = m_clock.now();
    application.previousSecretHash = overlapSeconds > 0 ? application.secretHash : QByteArray();
    application.previousSecretValidUntil = overlapSeconds > 0 ? now.addSecs(overlapSeconds) : QDateTime();
    application.secretHash = digest::sha256(secret);
    if (const Result<void> updated = m_applications.update(application); !updated)
        return updated.error();
    m_audit.adminAction(actor, QStringLiteral("application.rotate_secret"), clientId,
        overlapSeconds > 0
            ? AuditReason("ApplicationService",
                QT_TRANSLATE_NOOP("ApplicationService", "New secret for \"%1\"; the old one works until %2"),
                { application.name, application.previousSecretValidUntil.toString(Qt::ISODate) })
            : AuditReason("ApplicationService",
                QT_TRANSLATE_NOOP("ApplicationService", "New secret for \"%1\"; the old one stopped working at once"),
                { application.name }));
    return IssuedSecret { application, secret, application.previousSecretValidUntil };
}

Result<Application> ApplicationService::update(const Application &changed, const QString &actor)
{
    Result<Application> existing = findExisting(changed.clientId);
    if (!existing)
        return existing.error();
    Application application = std::move(existing).value();
    const Application before = application;
    const bool wasEnabled = application.enabled;
    application.name = changed.name.trimmed();
    application.settings = changed.settings;
    application.enabled = changed.enabled;
    application.loginAs = changed.loginAs;
    if (const Result<void> valid = validate(application); !valid)
        return valid.error();
    if (const Result<void> updated = m_applications.update(application); !updated)
        return updated.error();
    AuditReason what("ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "Changed the settings of \"%1\""),
        { application.name });
    if (wasEnabled != application.enabled) {
        what = application.enabled
            ? AuditReason(
                "ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "Enabled \"%1\""), { application.name })
            : AuditReason(
                "ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "Disabled \"%1\""), { application.name });
    }
    const QList<AuditReason> fields = changes(before, application);
    if (!fields.isEmpty()) {
        what = AuditReason::composed(QStringLiteral("%1: %2"),
            { what,
                AuditReason::joined(std::vector<AuditReason>(fields.cbegin(), fields.cend()), QStringLiteral("; ")) });
    }
    m_audit.adminAction(actor, QStringLiteral("application.update"), application.clientId, what);
    return application;
}

Result<Application> ApplicationService::allowOrigin(
    const QString &clientId, const QString &origin, const QString &actor)
{
    Result<Application> existing = findExisting(clientId);
    if (!existing)
        return existing.error();
    Application application = std::move(existing).value();
    if (application.settings.corsOrigins.contains(origin))
        return application;
    application.settings.corsOrigins.append(origin);
    if (const Result<void> valid = validate(application); !valid)
        return valid.error();
    if (const Result<void> updated = m_applications.update(application); !updated)
        return updated.error();
    m_audit.adminAction(actor, QStringLiteral("application.allow_origin"), application.clientId,
        AuditReason("ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "Allowed the origin %1 for \"%2\""),
            { origin, application.name }));
    return application;
}

namespace {

QString grantList(const QList<GrantType> &grants)
{
    QStringList names;
    for (GrantType grant : grants)
        names << grantTypeName(grant);
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

QString listOrDash(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
}

} // namespace

QList<AuditReason> ApplicationService::changes(const Application &before, const Application &after)
{
    // The field names and words are translated where the entry is shown, not here: the audit log
    // keeps them language-neutral (AuditReason).
    QList<AuditReason> lines;
    const auto note = [&lines](const char *field, const AuditReason &was, const AuditReason &is) {
        if (was != is)
            lines << AuditReason::composed(
                QStringLiteral("%1: %2 -> %3"), { AuditReason("ApplicationService", field), was, is });
    };
    const auto seconds = [](qint64 value) {
        return AuditReason(
            "ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "%1 s"), { QString::number(value) });
    };
    const auto yesNo = [](bool value) {
        return value ? AuditReason("ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "yes"))
                     : AuditReason("ApplicationService", QT_TRANSLATE_NOOP("ApplicationService", "no"));
    };
    const auto orDash = [](const QString &value) { return AuditReason(value.isEmpty() ? QStringLiteral("-") : value); };
    const GrantSettings &was = before.settings;
    const GrantSettings &is = after.settings;
    note(QT_TRANSLATE_NOOP("ApplicationService", "name"), before.name, after.name);
    note(QT_TRANSLATE_NOOP("ApplicationService", "enabled"), yesNo(before.enabled), yesNo(after.enabled));
    note(QT_TRANSLATE_NOOP("ApplicationService", "grants"), grantList(was.enabledGrants), grantList(is.enabledGrants));
    note(QT_TRANSLATE_NOOP("ApplicationService", "access-token lifetime"), seconds(was.accessTokenTtlSeconds),
        seconds(is.accessTokenTtlSeconds));
    note(QT_TRANSLATE_NOOP("ApplicationService", "refresh-token lifetime"), seconds(was.refreshTokenTtlSeconds),
        seconds(is.refreshTokenTtlSeconds));
    note(QT_TRANSLATE_NOOP("ApplicationService", "refresh-token idle timeout"),
        was.refreshIdleTimeoutSeconds ? seconds(*was.refreshIdleTimeoutSeconds) : AuditReason(QStringLiteral("-")),
        is.refreshIdleTimeoutSeconds ? seconds(*is.refreshIdleTimeoutSeconds) : AuditReason(QStringLiteral("-")));
    note(QT_TRANSLATE_NOOP("ApplicationService", "rotation grace window"), seconds(was.graceWindowSeconds),
        seconds(is.graceWindowSeconds));
    note(QT_TRANSLATE_NOOP("ApplicationService", "allowed origins"), listOrDash(was.corsOrigins),
        listOrDash(is.corsOrigins));
    note(QT_TRANSLATE_NOOP("ApplicationService", "marketplace URL"), orDash(before.loginAs.marketplaceUrl),
        orDash(after.loginAs.marketplaceUrl));
    note(QT_TRANSLATE_NOOP("ApplicationService", "environment"), environmentName(before.loginAs.environment),
        environmentName(after.loginAs.environment));
    note(QT_TRANSLATE_NOOP("ApplicationService", "auto-approve login-as"), yesNo(before.loginAs.autoApprove),
        yesNo(after.loginAs.autoApprove));
    return lines;
}

Result<void> ApplicationService::remove(const QString &clientId, const QString &actor)
{
    Result<Application> existing = findExisting(clientId);
    if (!existing)
        return existing.error();
    if (const Result<void> removed = m_applications.remove(clientId); !removed)
        return removed;
    m_audit.adminAction(actor, QStringLiteral("application.delete"), clientId,
        AuditReason("ApplicationService",
            QT_TRANSLATE_NOOP("ApplicationService", "Deleted \"%1\" and all of its sessions"), { existing->name }));
    return {};
}

Result<QList<Application>> ApplicationService::list()
{
    return m_applications.all();
}

Result<std::optional<Application>> ApplicationService::find(const QString &clientId)
{
    return m_applications.find(clientId);
}

} // namespace authdesk
