// IdP login end to end (spec section 12): the real Marketplace SDK (sharetribe-flex-sdk 1.24.2)
// calls loginWithIdp / currentUser.createWithIdp / currentUser.create against `authdesk serve`, and
// a real third-party OpenID Connect provider (oauth2-mock-server) serves the discovery document,
// the JWKS and RS256 ID tokens with the claims each test chooses.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { OAuth2Server } from 'oauth2-mock-server';
import sharetribeSdk from 'sharetribe-flex-sdk';

import { seed, startServer } from '../lib/server.js';

const { clientId, clientSecret } = seed.marketplace;
const IDP_CLIENT = 'marketplace-at-idp';
const TRUSTED_CLIENT = 'mobile-app-at-idp';

// A port nothing listens on: taken from the OS, then released.
async function closedPort() {
  const server = net.createServer();
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise(resolve => server.close(resolve));
  return port;
}

function createSdk(baseUrl) {
  return sharetribeSdk.createInstance({
    clientId, clientSecret, baseUrl, tokenStore: sharetribeSdk.tokenStore.memoryStore(),
  });
}

async function refused(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('the call was expected to be refused');
}

describe('IdP login with the Marketplace SDK and a real OIDC provider', () => {
  let idp;
  let server;
  let seedDir;

  // An ID token from the IdP: sub, aud and e-mail as given, email_verified true unless changed.
  const idToken = ({ sub, email, aud = IDP_CLIENT, verified = true, expiresIn, change } = {}) =>
    idp.issuer.buildToken({
      expiresIn,
      scopesOrTransform: (header, payload) => {
        payload.sub = sub;
        payload.aud = aud;
        if (email !== undefined) payload.email = email;
        payload.email_verified = verified;
        change?.(header, payload);
      },
    });

  before(async () => {
    idp = new OAuth2Server();
    await idp.issuer.keys.generate('RS256');
    await idp.start(0, '127.0.0.1');
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-idp-e2e-'));
    const seedFile = path.join(seedDir, 'seed.json');
    const example = JSON.parse(fs.readFileSync(new URL('../seeds/example.json', import.meta.url)));
    // The example's grant list predates auth_with_idp (which new applications get by default).
    example.applications[0].grants.push('auth_with_idp');
    example.users.push(
      { email: 'unverified@example.com', password: 'a password', display_name: 'Una', email_verified: false },
      { email: 'banned@example.com', password: 'a password', display_name: 'Ban', banned: true },
    );
    example.identity_providers = [
      { idp_id: 'mock-oidc', name: 'Mock OIDC', issuer: idp.issuer.url, client_id: IDP_CLIENT,
        trusted_client_ids: [TRUSTED_CLIENT] },
      { idp_id: 'gone', name: 'Unreachable', issuer: `http://127.0.0.1:${await closedPort()}`, client_id: IDP_CLIENT },
    ];
    fs.writeFileSync(seedFile, JSON.stringify(example));
    server = await startServer({ seedFile });
  });
  after(async () => {
    await server?.stop();
    await idp?.stop();
    if (seedDir) fs.rmSync(seedDir, { recursive: true, force: true });
  });

  test('loginWithIdp by verified e-mail links the identity; then by linked identity', async () => {
    const sdk = createSdk(server.baseUrl);
    const token = await idToken({ sub: 'idp-user-joe', email: seed.user.email });
    const res = await sdk.loginWithIdp({ idpId: 'mock-oidc', idpClientId: IDP_CLIENT, idpToken: token });
    assert.equal(res.status, 200);
    assert.equal(res.data.scope, 'user');
    assert.ok(res.data.refresh_token);
    const info = await sdk.authInfo();
    assert.equal(info.isAnonymous, false);
    const me = await sdk.currentUser.show();
    assert.equal(me.data.data.attributes.email, seed.user.email);

    // Linked now: another e-mail, not even verified, still logs Joe in by (idp_id, sub).
    const again = createSdk(server.baseUrl);
    const linked = await idToken({ sub: 'idp-user-joe', email: 'joe@elsewhere.test', verified: false });
    await again.loginWithIdp({ idpId: 'mock-oidc', idpClientId: IDP_CLIENT, idpToken: linked });
    assert.equal((await again.currentUser.show()).data.data.attributes.email, seed.user.email);
  });

  test('loginWithIdp with a trusted client ID', async () => {
    const sdk = createSdk(server.baseUrl);
    const token = await idToken({ sub: 'idp-user-joe', aud: TRUSTED_CLIENT });
    const res = await sdk.loginWithIdp({ idpId: 'mock-oidc', idpClientId: TRUSTED_CLIENT, idpToken: token });
    assert.equal(res.status, 200);
  });

  const refusals = {
    'a wrong audience': () => idToken({ sub: 'idp-user-joe', aud: 'someone-else' }),
    'an expired token': () => idToken({ sub: 'idp-user-joe', expiresIn: -120 }),
    'an unverified e-mail': () => idToken({ sub: 'idp-new-1', email: seed.user.email, verified: false }),
    'a user whose e-mail is not verified': () => idToken({ sub: 'idp-new-2', email: 'unverified@example.com' }),
    'a banned user': () => idToken({ sub: 'idp-banned', email: 'banned@example.com' }),
    'a foreign key under the IdP\'s kid': async () => {
      // Another issuer with its own key that claims the real key's kid and the real issuer.
      const [real] = idp.issuer.keys.toJSON();
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const forger = new OAuth2Server();
      await forger.issuer.keys.add({ ...(await exportJWK(privateKey)), kid: real.kid, alg: 'RS256' });
      forger.issuer.url = idp.issuer.url;
      return forger.issuer.buildToken({
        scopesOrTransform: (header, payload) => Object.assign(payload, { sub: 'idp-user-joe', aud: IDP_CLIENT }),
      });
    },
    'an HS256 token': () => {
      const [real] = idp.issuer.keys.toJSON();
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: idp.issuer.url, aud: IDP_CLIENT, sub: 'idp-user-joe', iat: now, exp: now + 600 })
        .setProtectedHeader({ alg: 'HS256', kid: real.kid })
        .sign(new TextEncoder().encode('a shared secret of at least 32 bytes!'));
    },
  };
  for (const [name, makeToken] of Object.entries(refusals)) {
    test(`loginWithIdp refuses ${name} with 401 invalid_grant`, async () => {
      const sdk = createSdk(server.baseUrl);
      const e = await refused(sdk.loginWithIdp({ idpId: 'mock-oidc', idpClientId: IDP_CLIENT, idpToken: await makeToken() }));
      assert.equal(e.status, 401);
      assert.equal(e.data.error, 'invalid_grant');
      assert.equal((await sdk.authInfo()).isAnonymous, undefined); // nothing was stored
    });
  }

  test('loginWithIdp refuses an unknown IdP with 401 invalid_grant', async () => {
    const e = await refused(createSdk(server.baseUrl).loginWithIdp(
      { idpId: 'nobody', idpClientId: IDP_CLIENT, idpToken: await idToken({ sub: 'idp-user-joe' }) }));
    assert.equal(e.status, 401);
    assert.equal(e.data.error, 'invalid_grant');
  });

  test('an unreachable IdP answers 503 temporarily_unavailable', async () => {
    const e = await refused(createSdk(server.baseUrl).loginWithIdp(
      { idpId: 'gone', idpClientId: IDP_CLIENT, idpToken: await idToken({ sub: 'idp-user-joe' }) }));
    assert.equal(e.status, 503);
    assert.equal(e.data.error, 'temporarily_unavailable');
  });

  test('currentUser.createWithIdp, then loginWithIdp', async () => {
    const sdk = createSdk(server.baseUrl);
    const token = await idToken({ sub: 'idp-fresh', email: 'fresh@example.com' });
    const created = await sdk.currentUser.createWithIdp(
      { idpId: 'mock-oidc', idpClientId: IDP_CLIENT, idpToken: token, firstName: 'Fresh', lastName: 'Person' });
    assert.equal(created.status, 200);
    assert.equal(created.data.data.attributes.email, 'fresh@example.com');
    assert.equal(created.data.data.attributes.emailVerified, true);
    assert.equal(created.data.data.attributes.profile.displayName, 'Fresh Person');
    await sdk.loginWithIdp({ idpId: 'mock-oidc', idpClientId: IDP_CLIENT, idpToken: await idToken({ sub: 'idp-fresh' }) });
    assert.equal((await sdk.currentUser.show()).data.data.attributes.email, 'fresh@example.com');
  });

  test('currentUser.create, then login; a taken e-mail is 409', async () => {
    const sdk = createSdk(server.baseUrl);
    const created = await sdk.currentUser.create(
      { email: 'signup@example.com', password: 'sign-up password', firstName: 'Sign', lastName: 'Up' });
    assert.equal(created.status, 200);
    assert.equal(created.data.data.attributes.email, 'signup@example.com');
    await sdk.login({ username: 'signup@example.com', password: 'sign-up password' });
    assert.equal((await sdk.currentUser.show()).data.data.attributes.profile.displayName, 'Sign Up');

    const e = await refused(createSdk(server.baseUrl).currentUser.create(
      { email: seed.user.email, password: 'whatever pass', firstName: 'J', lastName: 'T' }));
    assert.equal(e.status, 409);
  });
});
