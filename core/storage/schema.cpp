#include "storage/schema.h"

namespace authdesk::schema {

namespace {

Migration initialSchema()
{
    // Times are milliseconds since the epoch (UTC); booleans are 0/1. Hashes of secrets and tokens
    // only: no plain secret is ever stored.
    return { 1,
             QStringLiteral("applications, test users, token families, refresh tokens, signing keys, audit"),
             {
                 QStringLiteral("CREATE TABLE applications ("
                                " client_id TEXT PRIMARY KEY,"
                                " name TEXT NOT NULL,"
                                " type TEXT NOT NULL CHECK (type IN ('marketplace', 'integration')),"
                                " secret_hash {BLOB},"
                                " previous_secret_hash {BLOB},"
                                " previous_secret_valid_until BIGINT,"
                                " grants TEXT NOT NULL,"
                                " access_token_ttl BIGINT NOT NULL,"
                                " refresh_token_ttl BIGINT NOT NULL,"
                                " refresh_idle_timeout BIGINT,"
                                " grace_window BIGINT NOT NULL,"
                                " cors_origins TEXT NOT NULL,"
                                " enabled INTEGER NOT NULL,"
                                " created_at BIGINT NOT NULL,"
                                " last_used_at BIGINT,"
                                " revoked_all_at BIGINT)"),
                 QStringLiteral("CREATE TABLE test_users ("
                                " id TEXT PRIMARY KEY,"
                                " email TEXT NOT NULL,"
                                " email_key TEXT NOT NULL UNIQUE,"
                                " display_name TEXT NOT NULL,"
                                " password_hash TEXT NOT NULL,"
                                " banned INTEGER NOT NULL DEFAULT 0,"
                                " locked_until BIGINT,"
                                " failed_logins INTEGER NOT NULL DEFAULT 0,"
                                " failed_logins_since BIGINT,"
                                " created_at BIGINT NOT NULL,"
                                " revoked_all_at BIGINT)"),
                 QStringLiteral("CREATE TABLE token_families ("
                                " id TEXT PRIMARY KEY,"
                                " client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,"
                                " user_id TEXT REFERENCES test_users (id) ON DELETE CASCADE,"
                                " scope TEXT NOT NULL,"
                                " created_at BIGINT NOT NULL,"
                                " last_used_at BIGINT NOT NULL,"
                                " expires_at BIGINT NOT NULL,"
                                " revoked_at BIGINT,"
                                " revoked_by TEXT,"
                                " revoke_reason TEXT,"
                                " reuse_detected INTEGER NOT NULL DEFAULT 0)"),
                 QStringLiteral("CREATE INDEX token_families_by_user ON token_families (user_id, created_at)"),
                 QStringLiteral("CREATE INDEX token_families_by_client ON token_families (client_id, created_at)"),
                 // The Sessions page lists every family newest first, a page at a time.
                 QStringLiteral("CREATE INDEX token_families_by_created ON token_families (created_at)"),
                 QStringLiteral("CREATE TABLE refresh_tokens ("
                                " token_hash {BLOB} PRIMARY KEY,"
                                " family_id TEXT NOT NULL REFERENCES token_families (id) ON DELETE CASCADE,"
                                " generation INTEGER NOT NULL,"
                                " issued_at BIGINT NOT NULL,"
                                " expires_at BIGINT NOT NULL,"
                                " retired_at BIGINT,"
                                " sealed_successor {BLOB},"
                                " UNIQUE (family_id, generation))"),
                 QStringLiteral("CREATE TABLE signing_keys ("
                                " kid TEXT PRIMARY KEY,"
                                " public_key {BLOB} NOT NULL,"
                                " wrapped_private_key {BLOB} NOT NULL,"
                                " created_at BIGINT NOT NULL)"),
                 QStringLiteral("CREATE TABLE audit_events ("
                                " id {SERIAL_PK},"
                                " at BIGINT NOT NULL,"
                                " kind TEXT NOT NULL,"
                                " actor TEXT NOT NULL,"
                                " action TEXT NOT NULL,"
                                " target TEXT NOT NULL,"
                                " reason TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX audit_events_by_time ON audit_events (at)"),
             } };
}

Migration consoleAtScale()
{
    // The Sessions page pages through families newest first with a keyset (created_at, id): this index
    // hands it each page in order without a sort, even among a million families, and replaces the one
    // on created_at alone. Both engines honour DESC in an index and scan it either way.
    return { 2, QStringLiteral("an index for paging through sessions newest first"),
        {
            QStringLiteral("CREATE INDEX token_families_newest_first ON token_families (created_at DESC, id)"),
            QStringLiteral("DROP INDEX token_families_by_created"),
        } };
}

Migration loginAs()
{
    // Login-as (spec section 11). The marketplace's URL, environment and auto-approval per application;
    // authorization_code joins the grants every marketplace application has by default. A login-as
    // session is a family without refresh tokens, marked so that the console can say so and token
    // exchange can refuse it. login_as_codes holds the hashes of authorization codes ('code') and of
    // the approval page's single-use form tokens ('form'), each bound to one authorization request;
    // family_id is the session a code was redeemed for, so that a second use can revoke it.
    return { 3, QStringLiteral("login-as: marketplace settings, login-as sessions, authorization codes"),
        {
            QStringLiteral("ALTER TABLE applications ADD COLUMN marketplace_url TEXT"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN environment TEXT NOT NULL DEFAULT 'dev'"
                           " CHECK (environment IN ('dev', 'test', 'live'))"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN login_as_auto_approve INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE applications SET grants = CASE WHEN grants = '' THEN 'authorization_code'"
                           " ELSE grants || ',authorization_code' END WHERE type = 'marketplace'"),
            QStringLiteral("ALTER TABLE token_families ADD COLUMN login_as INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE login_as_codes ("
                           " hash {BLOB} PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('code', 'form')),"
                           " client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,"
                           " user_id TEXT NOT NULL REFERENCES test_users (id) ON DELETE CASCADE,"
                           " redirect_uri TEXT NOT NULL,"
                           " code_challenge TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " used_at BIGINT,"
                           " family_id TEXT)"),
            QStringLiteral("CREATE INDEX login_as_codes_by_expiry ON login_as_codes (expires_at)"),
        } };
}

Migration identityProviders()
{
    // Marketplace applications get the new auth_with_idp grant enabled, as new ones have it by default.
    return { 4, QStringLiteral("identity providers, linked identities, verified e-mails"),
        {
            QStringLiteral("CREATE TABLE identity_providers ("
                           " idp_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " issuer TEXT NOT NULL,"
                           " client_id TEXT NOT NULL,"
                           " trusted_client_ids TEXT NOT NULL,"
                           " jwks_uri TEXT,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE linked_identities ("
                           " idp_id TEXT NOT NULL REFERENCES identity_providers (idp_id) ON DELETE CASCADE,"
                           " subject TEXT NOT NULL,"
                           " user_id TEXT NOT NULL REFERENCES test_users (id) ON DELETE CASCADE,"
                           " linked_at BIGINT NOT NULL,"
                           " PRIMARY KEY (idp_id, subject))"),
            QStringLiteral("CREATE INDEX linked_identities_by_user ON linked_identities (user_id)"),
            QStringLiteral("ALTER TABLE test_users ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("UPDATE applications SET grants = CASE WHEN grants = '' THEN 'auth_with_idp'"
                           " ELSE grants || ',auth_with_idp' END WHERE type = 'marketplace'"),
        } };
}

Migration failedLoginTimes()
{
    // The lockout window rolls (10 failures within any 15 minutes), so the time of each recent failure
    // is kept; a count and a start time cannot tell when the window's oldest failure drops out.
    return { 5, QStringLiteral("the times of recent failed logins, for a rolling lockout window"),
        {
            QStringLiteral("CREATE TABLE failed_logins ("
                           " user_id TEXT NOT NULL REFERENCES test_users (id) ON DELETE CASCADE,"
                           " at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX failed_logins_by_user ON failed_logins (user_id, at)"),
        } };
}

Migration sessionClients()
{
    // Support tells sessions of one user and application apart by where they came from: the client
    // address and user agent at login and at the last refresh (the last-used time is last_used_at).
    return { 6, QStringLiteral("the client address and user agent of sessions at login and last refresh"),
        {
            QStringLiteral("ALTER TABLE token_families ADD COLUMN login_address TEXT"),
            QStringLiteral("ALTER TABLE token_families ADD COLUMN login_user_agent TEXT"),
            QStringLiteral("ALTER TABLE token_families ADD COLUMN refresh_address TEXT"),
            QStringLiteral("ALTER TABLE token_families ADD COLUMN refresh_user_agent TEXT"),
        } };
}

Migration auditReasonKeys()
{
    // Audit reasons were stored only as text in the language of the process that recorded them. The
    // English text stays in reason (exports, the CLI, older readers); reason_key holds the translation
    // key (context, source text, arguments as JSON) so each console shows the reason in its own
    // language. Rows from before this have no key and show the stored text.
    return { 7, QStringLiteral("translation keys of audit reasons"),
        {
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN reason_key TEXT"),
        } };
}

Migration testControls()
{
    // The developer's test kit: a clock offset that every AuthDesk on the database adds to its clock
    // (one row), and fault rules that every serve applies. faults_generation changes with every
    // added or cleared rule, so the processes that poll this row know when to reload the rules.
    return { 8, QStringLiteral("test controls: the clock offset and fault rules"),
        {
            QStringLiteral("CREATE TABLE test_controls ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " clock_offset_seconds BIGINT NOT NULL,"
                           " faults_generation BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO test_controls (id, clock_offset_seconds, faults_generation) VALUES (1, 0, 0)"),
            QStringLiteral("CREATE TABLE fault_rules ("
                           " id {SERIAL_PK},"
                           " endpoint TEXT NOT NULL CHECK (endpoint IN ('token', 'revoke', 'api')),"
                           " grant_type TEXT,"
                           " client_id TEXT,"
                           " action TEXT NOT NULL CHECK (action IN ('status', 'delay', 'drop')),"
                           " status INTEGER,"
                           " delay_ms INTEGER,"
                           " remaining INTEGER,"
                           " expires_at BIGINT,"
                           " created_at BIGINT NOT NULL)"),
        } };
}

Migration builtinIdp()
{
    // The built-in test identity provider (/idp/). Its RSA key is wrapped by the key-encryption key
    // like the access-token keys, and its authorization codes are kept by hash, so that every AuthDesk
    // on the database publishes and signs with one key and redeems any code once.
    return { 9, QStringLiteral("the signing key and the codes of the built-in test identity provider"),
        {
            QStringLiteral("CREATE TABLE builtin_idp_keys ("
                           " kid TEXT PRIMARY KEY,"
                           " public_key {BLOB} NOT NULL,"
                           " wrapped_private_key {BLOB} NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE builtin_idp_codes ("
                           " hash {BLOB} PRIMARY KEY,"
                           " client_id TEXT NOT NULL,"
                           " redirect_uri TEXT NOT NULL,"
                           " code_challenge TEXT NOT NULL,"
                           " nonce TEXT NOT NULL,"
                           " scope TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " given_name TEXT NOT NULL,"
                           " family_name TEXT NOT NULL,"
                           " email_verified INTEGER NOT NULL,"
                           " expires_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX builtin_idp_codes_by_expiry ON builtin_idp_codes (expires_at)"),
        } };
}

} // namespace

QList<Migration> migrations()
{
    return { initialSchema(), consoleAtScale(), loginAs(), identityProviders(), failedLoginTimes(), sessionClients(),
        auditReasonKeys(), testControls(), builtinIdp() };
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace authdesk::schema
