#pragma once

#include "domain/application.h"
#include "domain/identityprovider.h"
#include "domain/result.h"
#include "services/testuserservice.h"

#include <QCoreApplication>

namespace authdesk {

class ApplicationService;
class ServiceHub;

// What a seed file asked for, checked field by field.
struct Seed
{
    struct SeedApplication
    {
        Application application;
        QString plainSecret;
    };
    QList<SeedApplication> applications;
    QList<NewTestUser> users;
    QList<IdentityProvider> identityProviders;
};

struct SeedReport
{
    int applicationsCreated = 0;
    int applicationsSkipped = 0; // already there
    int usersCreated = 0;
    int usersSkipped = 0;
    int identityProvidersCreated = 0;
    int identityProvidersSkipped = 0;
};

// `authdesk serve --seed FILE` (spec section 10): creates the seed's applications and test users
// when they do not exist yet. An invalid file is rejected whole, with a message naming the field,
// before anything is imported.
class SeedImporter
{
    Q_DECLARE_TR_FUNCTIONS(SeedImporter)

public:
    explicit SeedImporter(ServiceHub &services);

    static Result<Seed> parse(const QByteArray &json);
    static Result<Seed> parseFile(const QString &path);
    // All or nothing: one transaction for every application and user created.
    Result<SeedReport> import(const Seed &seed, const QString &actor);

private:
    Result<SeedReport> importInTransaction(const Seed &seed, const QString &actor);

    ServiceHub &m_services;
};

} // namespace authdesk
