// Standard OAuth tooling against `authdesk serve`: RFC 8414 metadata, JWKS verification with jose,
// RFC 7662 introspection, RFC 7009 revocation and simple-oauth2's grants.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { ClientCredentials, ResourceOwnerPassword } from 'simple-oauth2';

import { getJson, postForm, seed, startServer } from '../lib/server.js';

const market = seed.marketplace;
const integ = seed.integration;

describe('Standards', () => {
  let server;
  let metadata;
  before(async () => {
    server = await startServer({ seedFile: 'example.json' });
    const res = await getJson(`${server.baseUrl}/.well-known/oauth-authorization-server`);
    assert.equal(res.status, 200);
    metadata = res.body;
  });
  after(async () => {
    await server?.stop();
  });

  const tokenUrl = () => `${server.baseUrl}/v1/auth/token`;
  const login = () => postForm(tokenUrl(), {
    client_id: market.clientId, grant_type: 'password', scope: 'user',
    username: seed.user.email, password: seed.user.password,
  });
  const introspect = token => postForm(`${server.baseUrl}/v1/auth/introspect`, {
    client_id: market.clientId, client_secret: market.clientSecret, token,
  });

  test('the RFC 8414 metadata names the endpoints of this server', () => {
    assert.equal(metadata.issuer, server.baseUrl);
    assert.equal(metadata.token_endpoint, `${server.baseUrl}/v1/auth/token`);
    assert.equal(metadata.revocation_endpoint, `${server.baseUrl}/v1/auth/revoke`);
    assert.equal(metadata.introspection_endpoint, `${server.baseUrl}/v1/auth/introspect`);
    assert.equal(metadata.jwks_uri, `${server.baseUrl}/.well-known/jwks.json`);
    for (const grant of ['client_credentials', 'password', 'refresh_token', 'token_exchange']) {
      assert.ok(metadata.grant_types_supported.includes(grant), grant);
    }
    for (const scope of ['public-read', 'user', 'trusted:user', 'integ']) {
      assert.ok(metadata.scopes_supported.includes(scope), scope);
    }
    assert.ok(metadata.token_endpoint_auth_methods_supported.includes('client_secret_basic'));
  });

  test('access tokens verify with jose against the JWKS and the issuer', async () => {
    const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri));
    const anonymous = await postForm(tokenUrl(), {
      client_id: market.clientId, grant_type: 'client_credentials', scope: 'public-read',
    });
    const user = await login();
    const integration = await postForm(tokenUrl(), {
      client_id: integ.clientId, client_secret: integ.clientSecret, grant_type: 'client_credentials', scope: 'integ',
    });
    for (const [res, scope, sub] of [[anonymous, 'public-read', market.clientId], [user, 'user', null],
      [integration, 'integ', integ.clientId]]) {
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const { payload, protectedHeader } = await jwtVerify(res.body.access_token, jwks, {
        issuer: metadata.issuer, algorithms: ['EdDSA'],
      });
      assert.equal(protectedHeader.alg, 'EdDSA');
      assert.ok(protectedHeader.kid);
      assert.equal(payload.scope, scope);
      assert.ok(payload.client_id);
      assert.ok(payload.jti);
      assert.ok(payload.exp > payload.iat);
      if (sub) assert.equal(payload.sub, sub);
    }

    // A tampered token and one claiming another issuer do not verify.
    const [h, p, s] = user.body.access_token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url'));
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, scope: 'trusted:user' })).toString('base64url')}.${s}`;
    await assert.rejects(jwtVerify(forged, jwks, { issuer: metadata.issuer, algorithms: ['EdDSA'] }));
    await assert.rejects(jwtVerify(user.body.access_token, jwks, {
      issuer: 'https://flex-api.sharetribe.com', algorithms: ['EdDSA'],
    }));
    const keys = await getJson(metadata.jwks_uri);
    const kid = decodeProtectedHeader(user.body.access_token).kid;
    const key = keys.body.keys.find(k => k.kid === kid);
    assert.equal(key.kty, 'OKP');
    assert.equal(key.crv, 'Ed25519');
    assert.equal(key.d, undefined, 'the JWKS has no private part');
  });

  test('introspection says active, then inactive after a revocation', async () => {
    const user = await login();
    const active = await introspect(user.body.access_token);
    assert.equal(active.status, 200);
    assert.equal(active.body.active, true);
    assert.equal(active.body.scope, 'user');
    assert.equal(active.body.client_id, market.clientId);
    assert.equal(active.body.token_type, 'bearer');
    assert.ok(active.body.sub);
    assert.ok(active.body.exp > active.body.iat);

    // Revoke exactly as the SDK's logout does.
    const revoked = await postForm(`${server.baseUrl}/v1/auth/revoke`, { token: user.body.refresh_token },
      { Authorization: `Bearer ${user.body.access_token}` });
    assert.equal(revoked.status, 200);
    assert.deepEqual(revoked.body, {});
    const inactive = await introspect(user.body.access_token);
    assert.equal(inactive.status, 200);
    assert.deepEqual(inactive.body, { active: false });

    // Introspection needs the client's secret.
    const anonymous = await postForm(`${server.baseUrl}/v1/auth/introspect`, {
      client_id: market.clientId, token: user.body.access_token,
    });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error, 'invalid_client');
    assert.deepEqual((await introspect('not-a-token')).body, { active: false });
  });

  test('simple-oauth2: client_credentials for the integration app (HTTP Basic), then refresh', async () => {
    const client = new ClientCredentials({
      client: { id: integ.clientId, secret: integ.clientSecret },
      auth: { tokenHost: server.baseUrl, tokenPath: '/v1/auth/token', revokePath: '/v1/auth/revoke' },
    });
    const token = await client.getToken({ scope: 'integ' });
    assert.equal(token.token.token_type, 'bearer');
    assert.equal(token.token.scope, 'integ');
    assert.ok(token.token.refresh_token);
    assert.ok(token.token.expires_at instanceof Date);
    const api = await fetch(`${server.baseUrl}/v1/integration_api/marketplace/show`, {
      headers: { Authorization: `Bearer ${token.token.access_token}` },
    });
    assert.equal(api.status, 200);
    assert.match(api.headers.get('content-type'), /^application\/transit\+json/);

    const refreshed = await token.refresh();
    assert.equal(refreshed.token.scope, 'integ');
    assert.ok(refreshed.token.refresh_token);
    assert.notEqual(refreshed.token.refresh_token, token.token.refresh_token);

    // RFC 7009 revocation as the authenticated client, with a token_type_hint.
    await refreshed.revoke('refresh_token');
    const again = await postForm(tokenUrl(), {
      client_id: integ.clientId, grant_type: 'refresh_token', refresh_token: refreshed.token.refresh_token,
    });
    assert.equal(again.status, 401);
    assert.equal(again.body.error, 'invalid_grant');

    const wrong = new ClientCredentials({
      client: { id: integ.clientId, secret: 'wrong' },
      auth: { tokenHost: server.baseUrl, tokenPath: '/v1/auth/token' },
    });
    await assert.rejects(wrong.getToken({ scope: 'integ' }), err => {
      assert.equal(err.output.statusCode, 401);
      return true;
    });
  });

  test('simple-oauth2: password (resource owner) with the secret in the body, then refresh', async () => {
    const client = new ResourceOwnerPassword({
      client: { id: market.clientId, secret: market.clientSecret },
      auth: { tokenHost: server.baseUrl, tokenPath: '/v1/auth/token' },
      options: { authorizationMethod: 'body' },
    });
    const token = await client.getToken({ username: seed.user.email, password: seed.user.password, scope: 'user' });
    assert.equal(token.token.scope, 'user');
    assert.ok(token.token.refresh_token);
    const me = await fetch(`${server.baseUrl}/v1/api/current_user/show`, {
      headers: { Authorization: `Bearer ${token.token.access_token}`, Accept: 'application/transit+json' },
    });
    assert.equal(me.status, 200);
    assert.ok((await me.text()).includes(seed.user.email));

    const refreshed = await token.refresh({ scope: 'user' });
    assert.equal(refreshed.token.scope, 'user');
    assert.ok(refreshed.token.refresh_token);
    assert.equal((await introspect(refreshed.token.access_token)).body.active, true);

    await assert.rejects(
      client.getToken({ username: seed.user.email, password: 'wrong', scope: 'user' }),
      err => {
        assert.equal(err.output.statusCode, 401);
        assert.equal(err.data.payload.error, 'invalid_grant');
        return true;
      });
  });
});
