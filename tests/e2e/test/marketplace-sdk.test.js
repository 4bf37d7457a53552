// The real Marketplace SDK (sharetribe-flex-sdk 1.24.2, Node build) against `authdesk serve`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharetribeSdk from 'sharetribe-flex-sdk';

import { jwtPayload, postForm, seed, serverWithRecorders, sharedMemoryStore, sleep, startRecorder, startServer } from '../lib/server.js';

const { clientId, clientSecret } = seed.marketplace;
const { email, password } = seed.user;
// Past the 3 s access-token lifetime of seeds/short-ttl.json. `exp` has whole seconds, so a token
// lives between 2 and 3 s: a refreshed token outlives the SDK's retry by seconds, even on a busy machine.
const EXPIRY_WAIT_MS = 3600;

function createSdk(baseUrl, extra = {}) {
  return sharetribeSdk.createInstance({
    clientId,
    baseUrl,
    tokenStore: sharetribeSdk.tokenStore.memoryStore(),
    ...extra,
  });
}

async function refreshRaw(baseUrl, refreshToken) {
  return postForm(`${baseUrl}/v1/auth/token`, {
    client_id: clientId, grant_type: 'refresh_token', refresh_token: refreshToken,
  });
}

describe('Marketplace SDK, default lifetimes', () => {
  let server;
  let recorder;
  before(async () => {
    server = await startServer({ seedFile: 'example.json' });
    recorder = await startRecorder(server.baseUrl);
  });
  after(async () => {
    await recorder?.stop();
    await server?.stop();
  });

  test('an anonymous call gets a public-read token and reads the marketplace', async () => {
    const sdk = createSdk(recorder.baseUrl);
    recorder.clear();
    const res = await sdk.marketplace.show();
    assert.equal(res.status, 200);
    assert.equal(res.data.data.type, 'marketplace');
    assert.match(res.data.data.id.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(typeof res.data.data.attributes.name, 'string');
    const [anon] = recorder.tokenRequests();
    assert.deepEqual(anon, { client_id: clientId, grant_type: 'client_credentials', scope: 'public-read', _status: 200 });
  });

  test('authInfo() is anonymous after an anonymous call', async () => {
    const sdk = createSdk(server.baseUrl);
    assert.deepEqual(await sdk.authInfo(), {});
    await sdk.marketplace.show();
    const info = await sdk.authInfo();
    assert.equal(info.isAnonymous, true);
    assert.deepEqual(info.scopes, ['public-read']);
  });

  test('login -> currentUser.show() returns the seeded user', async () => {
    const sdk = createSdk(server.baseUrl);
    const login = await sdk.login({ username: email, password });
    assert.equal(login.status, 200);
    assert.equal(login.data.token_type, 'bearer');
    assert.equal(login.data.scope, 'user');
    assert.ok(login.data.refresh_token);
    const info = await sdk.authInfo();
    assert.equal(info.isAnonymous, false);
    assert.deepEqual(info.scopes, ['user']);

    const res = await sdk.currentUser.show();
    assert.equal(res.status, 200);
    assert.equal(res.data.data.type, 'currentUser');
    assert.equal(res.data.data.attributes.email, email);
    assert.equal(res.data.data.attributes.profile.displayName, seed.user.displayName);
    assert.ok(res.data.data.attributes.createdAt instanceof Date);
    assert.equal(res.data.data.id.uuid, jwtPayload(login.data.access_token).sub);
  });

  test('a wrong password rejects with status 401', async () => {
    const sdk = createSdk(server.baseUrl);
    await assert.rejects(sdk.login({ username: email, password: 'not the password' }), err => {
      assert.equal(err.status, 401);
      assert.equal(err.data.error, 'invalid_grant');
      return true;
    });
    assert.deepEqual(await sdk.authInfo(), {});
  });

  test('logout() revokes the refresh token and empties the token store', async () => {
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });
    await sdk.login({ username: email, password });
    const { refresh_token: refreshToken, access_token: accessToken } = store.peek();
    recorder.clear();

    await sdk.logout();
    assert.deepEqual(recorder.trace(), ['POST /v1/auth/revoke 200']);
    const revoke = recorder.requests[0];
    assert.equal(revoke.headers.authorization, `Bearer ${accessToken}`);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(revoke.body)), { token: refreshToken });

    assert.deepEqual(await sdk.authInfo(), {});
    assert.equal(store.peek(), null);
    const refreshed = await refreshRaw(server.baseUrl, refreshToken);
    assert.equal(refreshed.status, 401);
    assert.equal(refreshed.body.error, 'invalid_grant');
    // The access token of the revoked family is dead at once.
    const me = await fetch(`${server.baseUrl}/v1/api/current_user/show`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/transit+json' },
    });
    assert.equal(me.status, 401);
    assert.match(me.headers.get('www-authenticate'), /error="invalid_token"/);
  });

  test('exchangeToken() gives a trusted:user token', async () => {
    const sdk = createSdk(recorder.baseUrl, { clientSecret });
    await sdk.login({ username: email, password });
    recorder.clear();
    const res = await sdk.exchangeToken();
    assert.equal(res.status, 200);
    assert.equal(res.data.scope, 'trusted:user');
    assert.equal(res.data.token_type, 'bearer');
    assert.ok(res.data.refresh_token);
    assert.equal(jwtPayload(res.data.access_token).scope, 'trusted:user');
    const [exchange] = recorder.tokenRequests();
    assert.equal(exchange.grant_type, 'token_exchange');
    assert.equal(exchange.client_secret, clientSecret);

    // A trusted SDK instance holding the exchanged token reads the current user.
    const store = sharedMemoryStore();
    store.setToken(res.data);
    const trustedSdk = createSdk(server.baseUrl, { clientSecret, tokenStore: store });
    const me = await trustedSdk.currentUser.show();
    assert.equal(me.data.data.attributes.email, email);
    assert.deepEqual((await trustedSdk.authInfo()).scopes, ['trusted:user']);
  });

  test('a path prefix in baseUrl works like the SDK baseUrl', async () => {
    const sdk = createSdk(`${server.baseUrl}/prefix`);
    await sdk.login({ username: email, password });
    const res = await sdk.currentUser.show();
    assert.equal(res.data.data.attributes.email, email);
    await sdk.logout();
    assert.deepEqual(await sdk.authInfo(), {});
  });
});

// These tests wait for real expiry, so they run concurrently, each with its own recorder.
describe('Marketplace SDK, 3 s access tokens', { concurrency: true }, () => {
  const server = serverWithRecorders({ seedFile: 'short-ttl.json' });
  const { newRecorder } = server;

  test('an expired access token is refreshed and the call retried by the SDK itself', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });
    await sdk.login({ username: email, password });
    const first = store.peek();
    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();

    const res = await sdk.currentUser.show();
    assert.equal(res.data.data.attributes.email, email);
    assert.deepEqual(recorder.trace(), [
      'GET /v1/api/current_user/show 401',
      'POST /v1/auth/token 200',
      'GET /v1/api/current_user/show 200',
    ]);
    const [refresh] = recorder.tokenRequests();
    assert.deepEqual(refresh, {
      client_id: clientId, grant_type: 'refresh_token', refresh_token: first.refresh_token, _status: 200,
    });
    const second = store.peek();
    assert.notEqual(second.access_token, first.access_token);
    assert.ok(second.refresh_token, 'every refresh answer carries a refresh token');
    assert.notEqual(second.refresh_token, first.refresh_token);
    assert.equal(second.scope, 'user');
    assert.equal(jwtPayload(second.access_token).fid, jwtPayload(first.access_token).fid);
    assert.equal((await sdk.authInfo()).isAnonymous, false);
  });

  test('two SDK instances sharing one token store refresh at the same moment and both stay logged in', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const a = createSdk(recorder.baseUrl, { tokenStore: store });
    const b = createSdk(recorder.baseUrl, { tokenStore: store });
    await a.login({ username: email, password });
    const first = store.peek();
    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();

    const [resA, resB] = await Promise.all([a.currentUser.show(), b.currentUser.show()]);
    assert.equal(resA.data.data.attributes.email, email);
    assert.equal(resB.data.data.attributes.email, email);
    // Both sent the same refresh token: one rotation and one grace-window replay, both answered 200.
    const refreshes = recorder.tokenRequests();
    assert.equal(refreshes.length, 2, recorder.trace().join('\n'));
    for (const refresh of refreshes) {
      assert.equal(refresh.grant_type, 'refresh_token');
      assert.equal(refresh.refresh_token, first.refresh_token);
      assert.equal(refresh._status, 200);
    }

    // Still logged in, in the same session: the stored pair works, also for its next refresh.
    const stored = store.peek();
    assert.equal(stored.scope, 'user');
    assert.equal(jwtPayload(stored.access_token).fid, jwtPayload(first.access_token).fid);
    for (const sdk of [a, b]) {
      assert.equal((await sdk.authInfo()).isAnonymous, false);
      assert.equal((await sdk.currentUser.show()).data.data.attributes.email, email);
    }
    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();
    assert.equal((await b.currentUser.show()).data.data.attributes.email, email);
    assert.deepEqual(recorder.trace(), [
      'GET /v1/api/current_user/show 401',
      'POST /v1/auth/token 200',
      'GET /v1/api/current_user/show 200',
    ]);
  });

  test('logout() with an expired access token recovers as against the real service', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });
    await sdk.login({ username: email, password });
    const first = store.peek();
    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();

    await sdk.logout();
    // The revoke answers 401 for the expired bearer; the SDK refreshes and revokes again.
    assert.deepEqual(recorder.trace(), [
      'POST /v1/auth/revoke 401',
      'POST /v1/auth/token 200',
      'POST /v1/auth/revoke 200',
    ]);
    assert.match(recorder.requests[0].headers.authorization, /^Bearer /);
    const retried = Object.fromEntries(new URLSearchParams(recorder.requests[2].body));
    assert.notEqual(retried.token, first.refresh_token);
    assert.deepEqual(await sdk.authInfo(), {});

    for (const token of [first.refresh_token, retried.token]) {
      const refreshed = await refreshRaw(server.baseUrl, token);
      assert.equal(refreshed.status, 401);
      assert.equal(refreshed.body.error, 'invalid_grant');
    }
  });

  test('logout() when the session is already gone still resolves and clears the store', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });
    await sdk.login({ username: email, password });
    const first = store.peek();
    // Revoke the family behind the SDK's back, then let the access token expire.
    const revoked = await postForm(`${server.baseUrl}/v1/auth/revoke`, { token: first.refresh_token },
      { Authorization: `Bearer ${first.access_token}` });
    assert.equal(revoked.status, 200);
    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();

    await sdk.logout();
    // revoke 401 -> refresh 401 -> the SDK clears the token and resolves.
    assert.deepEqual(recorder.trace(), ['POST /v1/auth/revoke 401', 'POST /v1/auth/token 401']);
    assert.deepEqual(await sdk.authInfo(), {});
  });
});
