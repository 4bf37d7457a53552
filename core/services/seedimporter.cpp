#include "services/seedimporter.h"

#include "crypto/tokengenerator.h"
#include "services/applicationservice.h"
#include "services/identityproviderservice.h"
#include "services/servicehub.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <cmath>
#include <tuple>

namespace authdesk {

namespace {

// Reads one JSON object's fields, remembering the path for messages ("applications[1].type").
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(SeedImporter)

public:
    FieldReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    QString field(const QString &name) const { return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name; }

    std::optional<Error> rejectUnknown(const QStringList &known) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fieldError(it.key(), tr("is not a known field (known: %1)").arg(known.join(QStringLiteral(", "))));
        }
        return std::nullopt;
    }

    Error fieldError(const QString &name, const QString &problem) const
    {
        return Error::invalidArgument(tr("Seed field %1 %2.").arg(field(name), problem));
    }

    bool has(const QString &name) const { return m_object.contains(name); }

    Result<QString> string(const QString &name, bool required) const
    {
        if (!has(name)) {
            if (required)
                return fieldError(name, tr("is missing"));
            return QString();
        }
        const QJsonValue value = m_object.value(name);
        if (!value.isString())
            return fieldError(name, tr("must be a string"));
        if (required && value.toString().trimmed().isEmpty())
            return fieldError(name, tr("must not be empty"));
        return value.toString();
    }

    Result<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const
    {
        if (!has(name))
            return fallback;
        const QJsonValue value = m_object.value(name);
        const double number = value.toDouble(-1);
        // Compared as doubles before any conversion: casting 1e30 (or an infinity) to qint64 is
        // undefined behaviour. min and max are far inside the range a double holds exactly.
        if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number)
            return fieldError(name, tr("must be a whole number"));
        if (number < static_cast<double>(min) || number > static_cast<double>(max))
            return fieldError(name, tr("must be from %1 to %2").arg(min).arg(max));
        return static_cast<qint64>(number);
    }

    Result<bool> boolean(const QString &name, bool fallback) const
    {
        if (!has(name))
            return fallback;
        if (!m_object.value(name).isBool())
            return fieldError(name, tr("must be true or false"));
        return m_object.value(name).toBool();
    }

    Result<QStringList> strings(const QString &name) const
    {
        if (!has(name))
            return QStringList();
        const QJsonValue value = m_object.value(name);
        if (!value.isArray())
            return fieldError(name, tr("must be a list of strings"));
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fieldError(QStringLiteral("%1[%2]").arg(name).arg(i), tr("must be a string"));
            list.append(array.at(i).toString());
        }
        return list;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// marketplace_url, environment and login_as_auto_approve (spec section 11), marketplace applications only.
std::optional<Error> parseLoginAs(const FieldReader &reader, Application &app)
{
    const QStringList fields { QStringLiteral("marketplace_url"), QStringLiteral("environment"),
                               QStringLiteral("login_as_auto_approve") };
    if (app.type != ApplicationType::Marketplace) {
        for (const QString &field : fields) {
            if (reader.has(field))
                return reader.fieldError(field, SeedImporter::tr("is only for marketplace applications"));
        }
        return std::nullopt;
    }
    const Result<QString> url = reader.string(fields.at(0), false);
    if (!url)
        return url.error();
    if (reader.has(fields.at(0)) && !LoginAsSettings::isValidMarketplaceUrl(*url)) {
        return reader.fieldError(fields.at(0),
                                 SeedImporter::tr("must be an http(s) URL such as \"http://localhost:3000\""));
    }
    app.loginAs.marketplaceUrl = *url;
    const Result<QString> environment = reader.string(fields.at(1), false);
    if (!environment)
        return environment.error();
    if (reader.has(fields.at(1))) {
        const std::optional<MarketplaceEnvironment> parsed = environmentFromName(*environment);
        if (!parsed)
            return reader.fieldError(fields.at(1), SeedImporter::tr("must be \"dev\", \"test\" or \"live\""));
        app.loginAs.environment = *parsed;
    }
    const Result<bool> autoApprove = reader.boolean(fields.at(2), false);
    if (!autoApprove)
        return autoApprove.error();
    app.loginAs.autoApprove = *autoApprove;
    return std::nullopt;
}

Result<Seed::SeedApplication> parseApplication(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error::invalidArgument(SeedImporter::tr("Seed field %1 must be an object.").arg(path));
    const FieldReader reader(value.toObject(), path);
    if (std::optional<Error> unknown = reader.rejectUnknown(
            { QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("client_id"), QStringLiteral("client_secret"),
              QStringLiteral("grants"), QStringLiteral("access_token_ttl"), QStringLiteral("refresh_token_ttl"),
              QStringLiteral("refresh_idle_timeout"), QStringLiteral("refresh_grace"), QStringLiteral("cors_origins"),
              QStringLiteral("enabled"), QStringLiteral("marketplace_url"), QStringLiteral("environment"),
              QStringLiteral("login_as_auto_approve") }))
        return *unknown;

    Seed::SeedApplication seeded;
    Application &app = seeded.application;
    const Result<QString> name = reader.string(QStringLiteral("name"), true);
    if (!name)
        return name.error();
    app.name = name->trimmed();
    const Result<QString> type = reader.string(QStringLiteral("type"), true);
    if (!type)
        return type.error();
    const std::optional<ApplicationType> parsedType = applicationTypeFromName(*type);
    if (!parsedType)
        return reader.fieldError(QStringLiteral("type"), SeedImporter::tr("must be \"marketplace\" or \"integration\""));
    app.type = *parsedType;
    app.settings = GrantSettings::defaultsFor(app.type);

    const Result<QString> clientId = reader.string(QStringLiteral("client_id"), false);
    if (!clientId)
        return clientId.error();
    if (reader.has(QStringLiteral("client_id")) && QUuid::fromString(*clientId).isNull())
        return reader.fieldError(QStringLiteral("client_id"), SeedImporter::tr("must be a UUID"));
    app.clientId = clientId->isEmpty() ? QString() : QUuid::fromString(*clientId).toString(QUuid::WithoutBraces);

    const Result<QString> secret = reader.string(QStringLiteral("client_secret"), false);
    if (!secret)
        return secret.error();
    if (reader.has(QStringLiteral("client_secret")) && secret->isEmpty())
        return reader.fieldError(QStringLiteral("client_secret"), SeedImporter::tr("must not be empty"));
    seeded.plainSecret = *secret;

    if (reader.has(QStringLiteral("grants"))) {
        const Result<QStringList> grants = reader.strings(QStringLiteral("grants"));
        if (!grants)
            return grants.error();
        app.settings.enabledGrants.clear();
        for (qsizetype i = 0; i < grants->size(); ++i) {
            const std::optional<GrantType> grant = grantTypeFromName(grants->at(i));
            const QString field = QStringLiteral("grants[%1]").arg(i);
            if (!grant)
                return reader.fieldError(field, SeedImporter::tr("is not a grant type"));
            if (!grantsValidFor(app.type).contains(*grant)) {
                return reader.fieldError(
                    field, SeedImporter::tr("is not available to %1 applications").arg(applicationTypeName(app.type)));
            }
            if (!app.settings.enabledGrants.contains(*grant))
                app.settings.enabledGrants.append(*grant);
        }
    }
    const Result<qint64> accessTtl = reader.integer(QStringLiteral("access_token_ttl"),
                                                    GrantSettings::DefaultAccessTokenTtl, 1, 24 * 3600);
    if (!accessTtl)
        return accessTtl.error();
    app.settings.accessTokenTtlSeconds = *accessTtl;
    const Result<qint64> refreshTtl = reader.integer(QStringLiteral("refresh_token_ttl"),
                                                     GrantSettings::DefaultRefreshTokenTtl, 60, 3650LL * 24 * 3600);
    if (!refreshTtl)
        return refreshTtl.error();
    app.settings.refreshTokenTtlSeconds = *refreshTtl;
    if (reader.has(QStringLiteral("refresh_idle_timeout"))) {
        const Result<qint64> idle = reader.integer(QStringLiteral("refresh_idle_timeout"), 0, 60, 3650LL * 24 * 3600);
        if (!idle)
            return idle.error();
        app.settings.refreshIdleTimeoutSeconds = *idle;
    }
    const Result<qint64> grace = reader.integer(QStringLiteral("refresh_grace"), GrantSettings::DefaultGraceWindow, 0,
                                                GrantSettings::MaxGraceWindow);
    if (!grace)
        return grace.error();
    app.settings.graceWindowSeconds = *grace;
    const Result<QStringList> origins = reader.strings(QStringLiteral("cors_origins"));
    if (!origins)
        return origins.error();
    app.settings.corsOrigins = *origins;
    const Result<bool> enabled = reader.boolean(QStringLiteral("enabled"), true);
    if (!enabled)
        return enabled.error();
    app.enabled = *enabled;
    if (std::optional<Error> invalid = parseLoginAs(reader, app))
        return *invalid;

    // The remaining rules (e.g. origins) are the same as in the console.
    Application check = app;
    if (check.clientId.isEmpty())
        check.clientId = tokengenerator::newUuid();
    if (const Result<void> valid = ApplicationService::validate(check); !valid)
        return Error::invalidArgument(SeedImporter::tr("Seed entry %1: %2").arg(path, valid.error().message()));
    return seeded;
}

Result<NewTestUser> parseUser(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error::invalidArgument(SeedImporter::tr("Seed field %1 must be an object.").arg(path));
    const FieldReader reader(value.toObject(), path);
    if (std::optional<Error> unknown = reader.rejectUnknown({ QStringLiteral("email"), QStringLiteral("password"),
            QStringLiteral("display_name"), QStringLiteral("banned"), QStringLiteral("email_verified") }))
        return *unknown;
    NewTestUser user;
    const Result<QString> email = reader.string(QStringLiteral("email"), true);
    if (!email)
        return email.error();
    user.email = email->trimmed();
    // Without a password (as in an export), the user gets a random one that nobody knows: password
    // logins wait for `authdesk user reset-password`, IdP logins work at once.
    if (reader.has(QStringLiteral("password"))) {
        const Result<QString> password = reader.string(QStringLiteral("password"), true);
        if (!password)
            return password.error();
        user.password = *password;
    } else {
        user.password = TestUserService::generatePassword();
    }
    const Result<QString> displayName = reader.string(QStringLiteral("display_name"), false);
    if (!displayName)
        return displayName.error();
    user.displayName = *displayName;
    const Result<bool> banned = reader.boolean(QStringLiteral("banned"), false);
    if (!banned)
        return banned.error();
    user.banned = *banned;
    const Result<bool> emailVerified = reader.boolean(QStringLiteral("email_verified"), true);
    if (!emailVerified)
        return emailVerified.error();
    user.emailVerified = *emailVerified;
    if (const Result<void> valid = TestUserService::validate(user); !valid)
        return Error::invalidArgument(SeedImporter::tr("Seed entry %1: %2").arg(path, valid.error().message()));
    return user;
}

Result<IdentityProvider> parseIdentityProvider(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error::invalidArgument(SeedImporter::tr("Seed field %1 must be an object.").arg(path));
    const FieldReader reader(value.toObject(), path);
    if (std::optional<Error> unknown
        = reader.rejectUnknown({ QStringLiteral("idp_id"), QStringLiteral("name"), QStringLiteral("issuer"),
            QStringLiteral("client_id"), QStringLiteral("trusted_client_ids"), QStringLiteral("jwks_uri") }))
        return *unknown;
    IdentityProvider provider;
    for (const auto &[name, target, required] : { std::tuple { QStringLiteral("idp_id"), &provider.idpId, true },
             std::tuple { QStringLiteral("name"), &provider.name, true },
             std::tuple { QStringLiteral("issuer"), &provider.issuer, true },
             std::tuple { QStringLiteral("client_id"), &provider.clientId, true },
             std::tuple { QStringLiteral("jwks_uri"), &provider.jwksUri, false } }) {
        const Result<QString> text = reader.string(name, required);
        if (!text)
            return text.error();
        *target = *text;
    }
    const Result<QStringList> trusted = reader.strings(QStringLiteral("trusted_client_ids"));
    if (!trusted)
        return trusted.error();
    provider.trustedClientIds = *trusted;
    // The service's message starts with the field's name, e.g. "issuer: enter ...".
    if (const Result<void> valid = IdentityProviderService::validate(provider); !valid)
        return Error::invalidArgument(SeedImporter::tr("Seed entry %1: %2").arg(path, valid.error().message()));
    return provider;
}

} // namespace

SeedImporter::SeedImporter(ServiceHub &services)
    : m_services(services)
{
}

Result<Seed> SeedImporter::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidArgument(tr("The seed file %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return Error::invalidArgument(tr("The seed file %1 is larger than 64 MiB.").arg(path));
    return parse(file.readAll());
}

Result<Seed> SeedImporter::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidArgument(tr("The seed file is not valid JSON: %1 at byte %2.")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
    if (!document.isObject())
        return Error::invalidArgument(tr("The seed file must hold a JSON object with \"applications\" and \"users\"."));
    const QJsonObject root = document.object();
    const FieldReader reader(root, QString());
    if (std::optional<Error> unknown = reader.rejectUnknown(
            { QStringLiteral("applications"), QStringLiteral("users"), QStringLiteral("identity_providers") }))
        return *unknown;

    Seed seed;
    QSet<QString> clientIds;
    const QJsonValue applications = root.value(QLatin1String("applications"));
    if (!applications.isUndefined() && !applications.isArray())
        return reader.fieldError(QStringLiteral("applications"), tr("must be a list"));
    const QJsonArray appArray = applications.toArray();
    for (qsizetype i = 0; i < appArray.size(); ++i) {
        const QString path = QStringLiteral("applications[%1]").arg(i);
        Result<Seed::SeedApplication> app = parseApplication(appArray.at(i), path);
        if (!app)
            return app.error();
        const QString clientId = app->application.clientId;
        if (!clientId.isEmpty() && clientIds.contains(clientId))
            return Error::invalidArgument(tr("Seed field %1.client_id repeats an earlier client ID.").arg(path));
        clientIds.insert(clientId);
        seed.applications.append(std::move(app).value());
    }

    QSet<QString> emails;
    const QJsonValue users = root.value(QLatin1String("users"));
    if (!users.isUndefined() && !users.isArray())
        return reader.fieldError(QStringLiteral("users"), tr("must be a list"));
    const QJsonArray userArray = users.toArray();
    for (qsizetype i = 0; i < userArray.size(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        Result<NewTestUser> user = parseUser(userArray.at(i), path);
        if (!user)
            return user.error();
        const QString key = TestUser::normalizedEmail(user->email);
        if (emails.contains(key))
            return Error::invalidArgument(tr("Seed field %1.email repeats an earlier e-mail.").arg(path));
        emails.insert(key);
        seed.users.append(std::move(user).value());
    }

    QSet<QString> idpIds;
    const QJsonValue providers = root.value(QLatin1String("identity_providers"));
    if (!providers.isUndefined() && !providers.isArray())
        return reader.fieldError(QStringLiteral("identity_providers"), tr("must be a list"));
    const QJsonArray providerArray = providers.toArray();
    for (qsizetype i = 0; i < providerArray.size(); ++i) {
        const QString path = QStringLiteral("identity_providers[%1]").arg(i);
        Result<IdentityProvider> provider = parseIdentityProvider(providerArray.at(i), path);
        if (!provider)
            return provider.error();
        if (idpIds.contains(provider->idpId))
            return Error::invalidArgument(tr("Seed field %1.idp_id repeats an earlier idp_id.").arg(path));
        idpIds.insert(provider->idpId);
        seed.identityProviders.append(std::move(provider).value());
    }
    return seed;
}

Result<SeedReport> SeedImporter::import(const Seed &seed, const QString &actor)
{
    std::optional<Result<SeedReport>> outcome;
    const Result<void> done = m_services.database().inTransaction([&]() -> Result<void> {
        // Instances started together with one seed on one PostgreSQL database: one imports, the
        // others then find everything already there.
        if (const Result<void> locked = m_services.database().lockUntilCommit(QStringLiteral("seed-import")); !locked)
            return locked;
        outcome = importInTransaction(seed, actor);
        return outcome->ok() ? Result<void>() : Result<void>(outcome->error());
    });
    if (!done)
        return done.error();
    return *outcome;
}

Result<SeedReport> SeedImporter::importInTransaction(const Seed &seed, const QString &actor)
{
    ApplicationService &applications = m_services.applications();
    TestUserService &users = m_services.testUsers();
    SeedReport report;
    const Result<QList<Application>> existing = applications.list();
    if (!existing)
        return existing.error();
    QSet<QString> existingIds;
    QSet<QString> existingNames;
    for (const Application &app : *existing) {
        existingIds.insert(app.clientId);
        existingNames.insert(app.name);
    }

    QList<Seed::SeedApplication> newApplications;
    for (const Seed::SeedApplication &seeded : seed.applications) {
        // Without a client ID, the name identifies the application, so a seed can be applied again.
        const bool exists = seeded.application.clientId.isEmpty() ? existingNames.contains(seeded.application.name)
                                                                   : existingIds.contains(seeded.application.clientId);
        if (exists)
            ++report.applicationsSkipped;
        else
            newApplications.append(seeded);
    }
    QList<NewTestUser> newUsers;
    for (const NewTestUser &user : seed.users) {
        const Result<std::optional<TestUser>> found = users.findByEmail(user.email);
        if (!found)
            return found.error();
        if (found->has_value())
            ++report.usersSkipped;
        else
            newUsers.append(user);
    }

    if (!newUsers.isEmpty()) {
        const Result<QList<TestUser>> created = users.createMany(newUsers, actor);
        if (!created)
            return created.error();
        report.usersCreated = static_cast<int>(created->size());
    }
    for (Seed::SeedApplication seeded : newApplications) {
        if (seeded.application.clientId.isEmpty())
            seeded.application.clientId = tokengenerator::newUuid();
        const Result<Application> created = applications.createWith(seeded.application, seeded.plainSecret, actor);
        if (!created)
            return created.error();
        ++report.applicationsCreated;
    }
    IdentityProviderService &providers = m_services.identityProviders();
    for (const IdentityProvider &provider : seed.identityProviders) {
        const Result<std::optional<IdentityProvider>> found = providers.find(provider.idpId);
        if (!found)
            return found.error();
        if (found->has_value()) {
            ++report.identityProvidersSkipped;
            continue;
        }
        if (const Result<IdentityProvider> created = providers.create(provider, actor); !created)
            return created.error();
        ++report.identityProvidersCreated;
    }
    return report;
}

} // namespace authdesk
