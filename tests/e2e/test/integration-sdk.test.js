// The real Integration SDK (sharetribe-flex-integration-sdk 1.14.1) against `authdesk serve`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import integrationSdk from 'sharetribe-flex-integration-sdk';

import { jwtPayload, postForm, seed, serverWithRecorders, sharedMemoryStore, sleep } from '../lib/server.js';

const { clientId, clientSecret } = seed.integration;
const EXPIRY_WAIT_MS = 3600; // past the 3 s access-token lifetime of seeds/short-ttl.json

function createSdk(baseUrl, extra = {}) {
  return integrationSdk.createInstance({
    clientId,
    clientSecret,
    baseUrl,
    tokenStore: sharedMemoryStore(),
    ...extra,
  });
}

describe('Integration SDK', { concurrency: true }, () => {
  const server = serverWithRecorders({ seedFile: 'short-ttl.json' });
  const { newRecorder } = server;

  test('first call does client_credentials with the secret; after expiry it refreshes without it', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });

    const res = await sdk.marketplace.show();
    assert.equal(res.status, 200);
    assert.equal(res.data.data.type, 'marketplace');
    assert.ok(res.data.data.id.uuid);
    assert.deepEqual(recorder.trace(), ['POST /v1/auth/token 200', 'GET /v1/integration_api/marketplace/show 200']);
    assert.deepEqual(recorder.tokenRequests(), [{
      client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials', scope: 'integ', _status: 200,
    }]);
    const first = store.peek();
    assert.equal(first.scope, 'integ');
    assert.ok(first.refresh_token);
    assert.equal(jwtPayload(first.access_token).sub, clientId);

    await sleep(EXPIRY_WAIT_MS);
    recorder.clear();
    const again = await sdk.marketplace.show();
    assert.equal(again.data.data.type, 'marketplace');
    assert.deepEqual(recorder.trace(), [
      'GET /v1/integration_api/marketplace/show 401',
      'POST /v1/auth/token 200',
      'GET /v1/integration_api/marketplace/show 200',
    ]);
    // The SDK refreshes without the secret, and the server accepts that.
    assert.deepEqual(recorder.tokenRequests(), [{
      client_id: clientId, grant_type: 'refresh_token', refresh_token: first.refresh_token, _status: 200,
    }]);
    const second = store.peek();
    assert.ok(second.refresh_token);
    assert.notEqual(second.refresh_token, first.refresh_token);
    assert.equal(second.scope, 'integ');
  });

  test('revoke() revokes the refresh token and clears the store', async () => {
    const recorder = await newRecorder();
    const store = sharedMemoryStore();
    const sdk = createSdk(recorder.baseUrl, { tokenStore: store });
    await sdk.marketplace.show();
    const { refresh_token: refreshToken, access_token: accessToken } = store.peek();
    recorder.clear();

    await sdk.revoke();
    assert.deepEqual(recorder.trace(), ['POST /v1/auth/revoke 200']);
    assert.equal(recorder.requests[0].headers.authorization, `Bearer ${accessToken}`);
    assert.deepEqual(await sdk.authInfo(), {});
    assert.equal(store.peek(), null);

    const refreshed = await postForm(`${server.baseUrl}/v1/auth/token`, {
      client_id: clientId, grant_type: 'refresh_token', refresh_token: refreshToken,
    });
    assert.equal(refreshed.status, 401);
    assert.equal(refreshed.body.error, 'invalid_grant');
    const api = await fetch(`${server.baseUrl}/v1/integration_api/marketplace/show`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    assert.equal(api.status, 401);

    // The next call starts over with client_credentials.
    recorder.clear();
    await sdk.marketplace.show();
    assert.equal(recorder.tokenRequests()[0].grant_type, 'client_credentials');
  });

  test('a wrong secret is a 401', async () => {
    const sdk = createSdk(server.baseUrl, { clientSecret: 'not-the-secret' });
    await assert.rejects(sdk.marketplace.show(), err => {
      assert.equal(err.status, 401);
      assert.equal(err.data.error, 'invalid_client');
      return true;
    });
    assert.deepEqual(await sdk.authInfo(), {});
  });
});
