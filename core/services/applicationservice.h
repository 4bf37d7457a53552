#pragma once

#include "domain/application.h"
#include "domain/auditreason.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace authdesk {

class ApplicationRepository;
class AuditLog;
class Clock;

// A new client secret: shown to the operator once, never stored in plain text.
struct IssuedSecret
{
    Application application;
    QByteArray secret;
    QDateTime previousSecretValidUntil; // after a rotation: until when the old secret still works
};

// Creating and managing applications, for the console, the seed file and the CLI alike. Every change
// is audited with the operator's name.
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    static constexpr qint64 DefaultSecretOverlapSeconds = 24 * 3600;

    ApplicationService(ApplicationRepository &applications, AuditLog &audit, const Clock &clock);

    // Creates an application with a new secret and the type's default settings, under clientId (a
    // UUID) when given, else a new client ID.
    Result<IssuedSecret> create(
        const QString &name, ApplicationType type, const QString &actor, const QString &clientId = {});
    // For seed files: a given client ID and (optional) plain secret, hashed here.
    Result<Application> createWith(Application application, const QString &plainSecret, const QString &actor);
    // A new secret; the old one keeps working for overlapSeconds (0: stops at once).
    Result<IssuedSecret> rotateSecret(const QString &clientId, qint64 overlapSeconds, const QString &actor);
    // Name, grant settings and enabled state. Validates the settings against the type.
    Result<Application> update(const Application &application, const QString &actor);
    // Adds a browser origin to the application's allowed origins (a no-op when it is there already).
    Result<Application> allowOrigin(const QString &clientId, const QString &origin, const QString &actor);
    Result<void> remove(const QString &clientId, const QString &actor);

    Result<QList<Application>> list();
    Result<std::optional<Application>> find(const QString &clientId);

    // Checks settings against the spec's ranges; the message names the setting.
    static Result<void> validate(const Application &application);
    // What an update changes, one "field: before -> after" per entry, the field's name and words such
    // as "yes" translated where shown; empty when nothing changed. Never a secret: the secret's hashes
    // are not compared.
    static QList<AuditReason> changes(const Application &before, const Application &after);

private:
    Result<Application> findExisting(const QString &clientId);

    ApplicationRepository &m_applications;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
