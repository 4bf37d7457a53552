// A peer for bench/run: express + @node-oauth/oauth2-server with an in-memory model, serving the
// same token endpoint path as AuthDesk (POST /v1/auth/token) for the clients and user of a seed
// file. It does the same kind of work per request as AuthDesk so the comparison is fair: access
// tokens are Ed25519-signed JWTs, client secrets are compared as SHA-256 hashes, passwords are
// checked with scrypt (Node's built-in memory-hard KDF, 16 MiB, off the event loop), and refresh
// tokens rotate (the used one is revoked). Nothing is persisted.
//   node node-oauth-server.mjs SEED_FILE [PORT]   prints "listening on http://127.0.0.1:PORT"
import { createHash, generateKeyPairSync, randomBytes, randomUUID, scrypt, sign, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import express from 'express';
import OAuth2Server from '@node-oauth/oauth2-server';

const [seedFile, portArg = '0'] = process.argv.slice(2);
if (!seedFile) {
    console.error('usage: node node-oauth-server.mjs SEED_FILE [PORT]');
    process.exit(2);
}
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const scryptAsync = promisify(scrypt);
const sha256 = (text) => createHash('sha256').update(text).digest();
const b64url = (value) => Buffer.from(value).toString('base64url');

// The model's state: clients by id, users by email, live tokens by their value.
const clients = new Map();
for (const app of seed.applications) {
    const integration = app.type === 'integration';
    clients.set(app.client_id, {
        id: app.client_id,
        secretHash: app.client_secret ? sha256(app.client_secret) : null,
        grants: app.grants ?? (integration ? ['client_credentials'] : ['client_credentials', 'password', 'refresh_token']),
        accessTokenLifetime: app.access_token_ttl ?? 900,
        refreshTokenLifetime: app.refresh_token_ttl ?? 15552000,
    });
}
const users = new Map();
for (const user of seed.users) {
    const salt = randomBytes(16);
    users.set(user.email, { id: randomUUID(), email: user.email, salt, hash: await scryptAsync(user.password, salt, 32) });
}
const refreshTokens = new Map();

const { privateKey } = generateKeyPairSync('ed25519');
const jwtHeader = b64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' }));
function signJwt(claims) {
    const signingInput = `${jwtHeader}.${b64url(JSON.stringify(claims))}`;
    return `${signingInput}.${sign(null, Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

const model = {
    async getClient(clientId, clientSecret) {
        const client = clients.get(clientId);
        if (!client) return null;
        if (client.secretHash) {
            if (!clientSecret || !timingSafeEqual(sha256(clientSecret), client.secretHash)) return null;
        } else if (clientSecret) {
            return null;
        }
        return client;
    },
    async getUserFromClient(client) {
        return { id: client.id, anonymous: !client.secretHash };
    },
    async getUser(username, password) {
        const user = users.get(username);
        if (!user) return null;
        const hash = await scryptAsync(password, user.salt, 32);
        return timingSafeEqual(hash, user.hash) ? user : null;
    },
    async generateAccessToken(client, user, scope) {
        const now = Math.floor(Date.now() / 1000);
        return signJwt({
            client_id: client.id, sub: user.id, scope: (scope ?? []).join(' '),
            iat: now, exp: now + client.accessTokenLifetime, jti: randomUUID(),
        });
    },
    async saveToken(token, client, user) {
        const saved = { ...token, client, user };
        if (token.refreshToken) refreshTokens.set(token.refreshToken, saved);
        return saved;
    },
    async getRefreshToken(refreshToken) {
        return refreshTokens.get(refreshToken) ?? null;
    },
    async revokeToken(token) {
        return refreshTokens.delete(token.refreshToken);
    },
};

const oauth = new OAuth2Server({
    model,
    // Like AuthDesk: a marketplace client is public (no secret), an integration client sends one.
    requireClientAuthentication: { client_credentials: false, password: false, refresh_token: false },
    alwaysIssueNewRefreshToken: true,
});

const app = express();
app.disable('x-powered-by');
app.post('/v1/auth/token', express.urlencoded({ extended: false }), async (req, res) => {
    const request = new OAuth2Server.Request(req);
    const response = new OAuth2Server.Response(res);
    try {
        await oauth.token(request, response);
    } catch {
        // oauth.token has already put the error's status and body on the response.
    }
    res.set(response.headers).status(response.status).json(response.body);
});

const server = app.listen(Number(portArg), '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
