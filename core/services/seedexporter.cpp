#include "services/seedexporter.h"

#include "services/applicationservice.h"
#include "services/identityproviderservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QJsonArray>

namespace authdesk {

namespace {

constexpr int UserPage = 500;

} // namespace

SeedExporter::SeedExporter(ServiceHub &services)
    : m_services(services)
{ }

QJsonObject SeedExporter::applicationJson(const Application &application)
{
    const GrantSettings &settings = application.settings;
    QJsonArray grants;
    for (GrantType grant : settings.enabledGrants)
        grants.append(grantTypeName(grant));
    QJsonObject object { { QStringLiteral("name"), application.name },
        { QStringLiteral("type"), applicationTypeName(application.type) },
        { QStringLiteral("client_id"), application.clientId }, { QStringLiteral("enabled"), application.enabled },
        { QStringLiteral("grants"), grants }, { QStringLiteral("access_token_ttl"), settings.accessTokenTtlSeconds },
        { QStringLiteral("refresh_token_ttl"), settings.refreshTokenTtlSeconds },
        { QStringLiteral("refresh_grace"), settings.graceWindowSeconds },
        { QStringLiteral("cors_origins"), QJsonArray::fromStringList(settings.corsOrigins) } };
    if (settings.refreshIdleTimeoutSeconds)
        object.insert(QStringLiteral("refresh_idle_timeout"), *settings.refreshIdleTimeoutSeconds);
    if (application.type == ApplicationType::Marketplace) {
        // The seed refuses an empty marketplace_url, so "none" is the field left out.
        if (!application.loginAs.marketplaceUrl.isEmpty())
            object.insert(QStringLiteral("marketplace_url"), application.loginAs.marketplaceUrl);
        object.insert(QStringLiteral("environment"), environmentName(application.loginAs.environment));
        object.insert(QStringLiteral("login_as_auto_approve"), application.loginAs.autoApprove);
    }
    return object;
}

QJsonObject SeedExporter::userJson(const TestUser &user)
{
    return { { QStringLiteral("email"), user.email }, { QStringLiteral("display_name"), user.displayName },
        { QStringLiteral("banned"), user.banned }, { QStringLiteral("email_verified"), user.emailVerified } };
}

QJsonObject SeedExporter::identityProviderJson(const IdentityProvider &provider)
{
    QJsonObject object { { QStringLiteral("idp_id"), provider.idpId }, { QStringLiteral("name"), provider.name },
        { QStringLiteral("issuer"), provider.issuer }, { QStringLiteral("client_id"), provider.clientId },
        { QStringLiteral("trusted_client_ids"), QJsonArray::fromStringList(provider.trustedClientIds) } };
    if (!provider.jwksUri.isEmpty())
        object.insert(QStringLiteral("jwks_uri"), provider.jwksUri);
    return object;
}

Result<QJsonObject> SeedExporter::exportAll()
{
    Result<QList<Application>> applications = m_services.applications().list();
    if (!applications)
        return applications.error();
    // By client ID, not by creation time: applications seeded in one millisecond have no order of
    // their own, and an export must read the same every time (users go by e-mail, providers by ID).
    std::sort(applications->begin(), applications->end(),
        [](const Application &a, const Application &b) { return a.clientId < b.clientId; });
    QJsonArray applicationArray;
    for (const Application &application : *applications)
        applicationArray.append(applicationJson(application));

    // Page by page after the last e-mail: as fast for 100,000 users as for ten.
    QJsonArray userArray;
    QString after;
    for (;;) {
        const Result<QList<TestUser>> page = m_services.testUsers().searchAfter(QString(), UserPage, after);
        if (!page)
            return page.error();
        for (const TestUser &user : *page)
            userArray.append(userJson(user));
        if (page->size() < UserPage)
            break;
        after = page->constLast().email;
    }

    Result<QList<IdentityProvider>> providers = m_services.identityProviders().all();
    if (!providers)
        return providers.error();
    std::sort(providers->begin(), providers->end(),
        [](const IdentityProvider &a, const IdentityProvider &b) { return a.idpId < b.idpId; });
    QJsonArray providerArray;
    for (const IdentityProvider &provider : *providers)
        providerArray.append(identityProviderJson(provider));

    return QJsonObject { { QStringLiteral("applications"), applicationArray }, { QStringLiteral("users"), userArray },
        { QStringLiteral("identity_providers"), providerArray } };
}

} // namespace authdesk
