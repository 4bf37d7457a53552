#include "services/identityproviderservice.h"

#include "domain/clock.h"
#include "services/auditlog.h"
#include "services/jwkscache.h"
#include "storage/identityproviderrepository.h"
#include "storage/linkedidentityrepository.h"

#include <QUrl>

namespace authdesk {

namespace {

constexpr qsizetype MaxFieldLength = 256;

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

IdentityProviderService::IdentityProviderService(IdentityProviderRepository &providers, LinkedIdentityRepository &links,
    JwksCache &keys, AuditLog &audit, const Clock &clock)
    : m_providers(providers)
    , m_links(links)
    , m_keys(keys)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<void> IdentityProviderService::validate(const IdentityProvider &provider)
{
    if (!IdentityProvider::isValidId(provider.idpId)) {
        return Error::invalidArgument(
            tr("idp_id: use 1 to 64 lower-case letters, digits and hyphens (e.g. google or my-sso)."));
    }
    if (provider.name.trimmed().isEmpty())
        return Error::invalidArgument(tr("name: give the identity provider a name."));
    if (provider.name.size() > MaxFieldLength)
        return Error::invalidArgument(tr("name: use at most %1 characters.").arg(MaxFieldLength));
    if (!isHttpUrl(provider.issuer) || provider.issuer.size() > MaxFieldLength * 4)
        return Error::invalidArgument(tr("issuer: enter the IdP's http or https URL, as its tokens' iss says."));
    if (provider.clientId.trimmed().isEmpty() || provider.clientId.size() > MaxFieldLength)
        return Error::invalidArgument(tr("client_id: enter the marketplace's client ID at the IdP."));
    for (const QString &trusted : provider.trustedClientIds) {
        if (trusted.trimmed().isEmpty() || trusted.size() > MaxFieldLength || trusted.contains(QLatin1Char('\n')))
            return Error::invalidArgument(tr("trusted_client_ids: each entry must be a client ID of one line."));
    }
    if (!provider.jwksUri.isEmpty() && (!isHttpUrl(provider.jwksUri) || provider.jwksUri.size() > MaxFieldLength * 4))
        return Error::invalidArgument(tr("jwks_uri: leave it empty or enter an http or https URL."));
    return {};
}

Result<IdentityProvider> IdentityProviderService::create(const IdentityProvider &provider, const QString &actor)
{
    if (const Result<void> valid = validate(provider); !valid)
        return valid.error();
    IdentityProvider created = provider;
    created.name = provider.name.trimmed();
    created.clientId = provider.clientId.trimmed();
    created.createdAt = m_clock.now();
    if (const Result<void> inserted = m_providers.insert(created); !inserted)
        return inserted.error();
    m_audit.adminAction(actor, QStringLiteral("idp.create"), created.idpId,
        AuditReason(
            "IdentityProviderService", QT_TRANSLATE_NOOP("IdentityProviderService", "Added identity provider")));
    return created;
}

Result<IdentityProvider> IdentityProviderService::update(const IdentityProvider &provider, const QString &actor)
{
    if (const Result<void> valid = validate(provider); !valid)
        return valid.error();
    IdentityProvider updated = provider;
    updated.name = provider.name.trimmed();
    updated.clientId = provider.clientId.trimmed();
    if (const Result<void> written = m_providers.update(updated); !written)
        return written.error();
    m_keys.forget(updated.idpId);
    m_audit.adminAction(actor, QStringLiteral("idp.update"), updated.idpId,
        AuditReason(
            "IdentityProviderService", QT_TRANSLATE_NOOP("IdentityProviderService", "Changed identity provider")));
    return updated;
}

Result<void> IdentityProviderService::remove(const QString &idpId, const QString &actor)
{
    if (const Result<void> removed = m_providers.remove(idpId); !removed)
        return removed;
    m_keys.forget(idpId);
    m_audit.adminAction(actor, QStringLiteral("idp.remove"), idpId,
        AuditReason("IdentityProviderService",
            QT_TRANSLATE_NOOP("IdentityProviderService", "Removed identity provider and its linked identities")));
    return {};
}

Result<QList<IdentityProvider>> IdentityProviderService::all()
{
    return m_providers.all();
}

Result<std::optional<IdentityProvider>> IdentityProviderService::find(const QString &idpId)
{
    return m_providers.find(idpId);
}

QFuture<IdpDiscovery> IdentityProviderService::testDiscovery(const IdentityProvider &provider)
{
    return m_keys.discover(provider);
}

Result<QList<LinkedIdentity>> IdentityProviderService::identitiesOf(const QString &userId)
{
    return m_links.forUser(userId);
}

Result<void> IdentityProviderService::link(const LinkedIdentity &identity, const QString &actor)
{
    LinkedIdentity linked = identity;
    if (!linked.linkedAt.isValid())
        linked.linkedAt = m_clock.now();
    if (const Result<void> done = m_links.link(linked); !done)
        return done;
    m_audit.adminAction(actor, QStringLiteral("user.identity_linked"), identity.userId,
        AuditReason("IdentityProviderService", QT_TRANSLATE_NOOP("IdentityProviderService", "Linked the %1 identity"),
            { identity.idpId }));
    return {};
}

Result<void> IdentityProviderService::unlink(const QString &idpId, const QString &subject, const QString &actor)
{
    if (const Result<void> done = m_links.unlink(idpId, subject); !done)
        return done;
    m_audit.adminAction(actor, QStringLiteral("user.identity_unlinked"), idpId,
        AuditReason("IdentityProviderService",
            QT_TRANSLATE_NOOP("IdentityProviderService", "Unlinked an identity of %1"), { idpId }));
    return {};
}

} // namespace authdesk
