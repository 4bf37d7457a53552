#pragma once

#include "domain/identityprovider.h"
#include "domain/linkedidentity.h"
#include "domain/result.h"
#include "services/idpdiscovery.h"

#include <QCoreApplication>
#include <QFuture>

namespace authdesk {

class AuditLog;
class Clock;
class IdentityProviderRepository;
class JwksCache;
class LinkedIdentityRepository;

// Managing identity providers and test users' linked identities, for the console and the seed file.
// Every change is audited.
class IdentityProviderService
{
    Q_DECLARE_TR_FUNCTIONS(IdentityProviderService)

public:
    IdentityProviderService(IdentityProviderRepository &providers, LinkedIdentityRepository &links, JwksCache &keys,
        AuditLog &audit, const Clock &clock);

    // The first problem, in words that say what to fix (naming the field).
    static Result<void> validate(const IdentityProvider &provider);

    Result<IdentityProvider> create(const IdentityProvider &provider, const QString &actor);
    // Replaces everything but idp_id and createdAt.
    Result<IdentityProvider> update(const IdentityProvider &provider, const QString &actor);
    Result<void> remove(const QString &idpId, const QString &actor);
    Result<QList<IdentityProvider>> all();
    Result<std::optional<IdentityProvider>> find(const QString &idpId);

    // Fetches the metadata and JWKS now, off the calling thread (the console's Test discovery).
    QFuture<IdpDiscovery> testDiscovery(const IdentityProvider &provider);

    Result<QList<LinkedIdentity>> identitiesOf(const QString &userId);
    Result<void> link(const LinkedIdentity &identity, const QString &actor);
    Result<void> unlink(const QString &idpId, const QString &subject, const QString &actor);

private:
    IdentityProviderRepository &m_providers;
    LinkedIdentityRepository &m_links;
    JwksCache &m_keys;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
