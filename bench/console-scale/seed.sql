-- Bulk seeding for bench/console-scale: run by sqlite3 on a database that `authdesk serve --seed
-- seed.json` has just created, so the schema is the one the current migrations make. The seed file
-- made one user with a real argon2id hash (PasswordHasher); every generated user reuses that hash,
-- since hashing 100,000 passwords would take hours and prove nothing about the console.
-- Parameters (set with .parameter before reading this file): @users, @families, @now (ms).

PRAGMA journal_mode = DELETE; -- one big transaction: a rollback journal stays small, a WAL would not
PRAGMA synchronous = OFF;     -- a throw-away database; the run deletes it afterwards
PRAGMA cache_size = -400000;  -- 400 MB: random UUID keys otherwise thrash the page cache
PRAGMA foreign_keys = ON;

BEGIN;

CREATE TEMP TABLE seq (n INTEGER PRIMARY KEY);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < max(@users, @families))
INSERT INTO seq SELECT n FROM c;

-- A UUID-shaped id for each generated user, numbered so that families can pick one cheaply.
CREATE TEMP TABLE user_ids (n INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO user_ids
SELECT n, lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-a' || substr(h, 18, 3)
                || '-' || substr(h, 21, 12))
FROM (SELECT n, hex(randomblob(16)) AS h FROM seq WHERE n <= @users);

-- Users: varied e-mails and names, created over the last three years; a few banned or locked.
INSERT INTO test_users (id, email, email_key, display_name, password_hash, banned, locked_until, failed_logins,
                        created_at)
SELECT u.id, e.email, lower(e.email),
       printf('%s %s', first, last),
       (SELECT password_hash FROM test_users WHERE email_key = 'template@example.test'),
       CASE WHEN u.n % 250 = 0 THEN 1 ELSE 0 END,
       CASE WHEN u.n % 997 = 0 THEN @now + 600000 END,
       CASE WHEN u.n % 997 = 0 THEN 5 ELSE 0 END,
       @now - 94608000000 + (u.n * 94608000000 / @users) - abs(random() % 3600000)
FROM user_ids u
JOIN (SELECT n,
             printf('%s.%s%d@%s', lower(first), lower(last), n,
                    CASE n % 4 WHEN 0 THEN 'example.com' WHEN 1 THEN 'mail.test' WHEN 2 THEN 'shop.example'
                               ELSE 'Example.ORG' END) AS email,
             first, last
      FROM (SELECT n,
                   CASE n % 8 WHEN 0 THEN 'Anna' WHEN 1 THEN 'Mikko' WHEN 2 THEN 'Jonas' WHEN 3 THEN 'Leena'
                              WHEN 4 THEN 'Paul' WHEN 5 THEN 'Sara' WHEN 6 THEN 'Timo' ELSE 'Eva' END AS first,
                   CASE (n / 8) % 7 WHEN 0 THEN 'Virtanen' WHEN 1 THEN 'Schmidt' WHEN 2 THEN 'Korhonen'
                                    WHEN 3 THEN 'Meyer' WHEN 4 THEN 'Smith' WHEN 5 THEN 'Nieminen'
                                    ELSE 'Weber' END AS last
            FROM seq WHERE n <= @users)) e ON e.n = u.n;

-- Families: spread over three years, newest last used recently, over the three marketplace
-- applications; about 8% revoked by an operator, 0.3% revoked after refresh-token reuse. A family lives
-- 180 days past its last use, so the older ones have expired.
CREATE TEMP TABLE family_ids (n INTEGER PRIMARY KEY, id TEXT NOT NULL, user_n INTEGER NOT NULL,
                              created BIGINT NOT NULL, used BIGINT NOT NULL, generations INTEGER NOT NULL);
INSERT INTO family_ids
SELECT n,
       lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-b' || substr(h, 18, 3)
             || '-' || substr(h, 21, 12)),
       1 + abs(random() % @users),
       created,
       min(@now, created + abs(random() % 2592000000)),
       1 + n % 3
FROM (SELECT n, hex(randomblob(16)) AS h,
             @now - 94608000000 + (n * 94608000000 / @families) - abs(random() % 60000) AS created
      FROM seq WHERE n <= @families);

INSERT INTO token_families (id, client_id, user_id, scope, created_at, last_used_at, expires_at, revoked_at,
                            revoked_by, revoke_reason, reuse_detected)
SELECT f.id,
       CASE f.n % 3 WHEN 0 THEN '0b8c3d7e-1f2a-4b5c-8d9e-0a1b2c3d4e51' WHEN 1 THEN '1c9d4e8f-2a3b-4c6d-9e0f-1b2c3d4e5f62'
                    ELSE '2d0e5f90-3b4c-4d7e-8f10-2c3d4e5f6a73' END,
       u.id, 'user', f.created, f.used, f.used + 15552000000,
       CASE WHEN f.n % 13 = 0 OR f.n % 331 = 0 THEN f.used + 1000 END,
       CASE WHEN f.n % 331 = 0 THEN 'system' WHEN f.n % 13 = 0 THEN 'admin:support' END,
       CASE WHEN f.n % 331 = 0 THEN 'refresh token reuse detected' WHEN f.n % 13 = 0 THEN 'customer asked' END,
       CASE WHEN f.n % 331 = 0 THEN 1 ELSE 0 END
FROM family_ids f JOIN user_ids u ON u.n = f.user_n;

-- One to three refresh tokens a family: the retired ones carry their sealed successor, the head none.
INSERT INTO refresh_tokens (token_hash, family_id, generation, issued_at, expires_at, retired_at, sealed_successor)
SELECT randomblob(32), f.id, g.n,
       f.created + (g.n - 1) * (f.used - f.created) / f.generations,
       f.created + (g.n - 1) * (f.used - f.created) / f.generations + 15552000000,
       CASE WHEN g.n < f.generations THEN f.created + g.n * (f.used - f.created) / f.generations END,
       CASE WHEN g.n < f.generations THEN randomblob(88) END
FROM family_ids f JOIN seq g ON g.n <= f.generations;

DROP TABLE seq;
DROP TABLE user_ids;
DROP TABLE family_ids;

COMMIT;

PRAGMA journal_mode = WAL; -- as AuthDesk keeps it
