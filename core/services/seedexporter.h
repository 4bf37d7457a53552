#pragma once

#include "domain/application.h"
#include "domain/identityprovider.h"
#include "domain/result.h"
#include "domain/testuser.h"

#include <QJsonObject>

namespace authdesk {

class ServiceHub;

// `authdesk export`: the applications, test users and identity providers of a database in the seed
// format that SeedImporter reads, so `serve --seed` of an export recreates them. Never a secret: no
// client secret and no password (nor their hashes), so applications come back without a secret and
// users with a random password nobody knows.
class SeedExporter
{
public:
    explicit SeedExporter(ServiceHub &services);

    // {"applications": [...], "users": [...], "identity_providers": [...]}: applications oldest
    // first, users by e-mail, providers by ID.
    Result<QJsonObject> exportAll();

    // One entry each, with the seed's field names; the CLI's --json output starts from these.
    static QJsonObject applicationJson(const Application &application);
    static QJsonObject userJson(const TestUser &user);
    static QJsonObject identityProviderJson(const IdentityProvider &provider);

private:
    ServiceHub &m_services;
};

} // namespace authdesk
