// The built-in test identity provider (/idp/ of `authdesk serve`) end to end: chromium (playwright-core)
// opens /idp/authorize as an app would send a user there, picks a test user, lands on the app's
// redirect URI with the code and state; the code is exchanged with its PKCE verifier, and the real
// Marketplace SDK logs in with the ID token (loginWithIdp) against the same server, whose identity
// provider authdesk-test-idp names its own /idp as issuer.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharetribeSdk from 'sharetribe-flex-sdk';

import { launchChromium } from '../lib/chromium.js';
import { getJson, jwtPayload, postForm, seed, startServer } from '../lib/server.js';

const IDP_ID = 'authdesk-test-idp';
const IDP_CLIENT = 'authdesk-test-client';

// A free port taken from the OS, then released: the seed names the server's own URL.
async function freePort() {
  const server = net.createServer();
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise(resolve => server.close(resolve));
  return port;
}

describe('The built-in test identity provider, with chromium and the Marketplace SDK', {
  // The seed names the server's own URL as the issuer, and a launcher (nginx before several
  // instances) chooses its URL itself.
  skip: process.env.AUTHDESK_E2E_LAUNCHER ? 'the launcher chooses the server URL' : false,
}, () => {
  let server;
  let app;
  let appUrl;
  let seedDir;
  let browser;
  const landings = [];

  before(async () => {
    // The app the IdP sends the browser back to: it records what arrived.
    app = http.createServer((req, res) => {
      landings.push(new URL(req.url, appUrl));
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<p id="landed">app</p>');
    });
    await new Promise(resolve => app.listen(0, '127.0.0.1', resolve));
    appUrl = `http://127.0.0.1:${app.address().port}`;

    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}/idp`;
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-builtin-idp-e2e-'));
    const seedFile = path.join(seedDir, 'seed.json');
    const example = JSON.parse(fs.readFileSync(new URL('../seeds/example.json', import.meta.url)));
    example.applications[0].grants.push('auth_with_idp');
    example.identity_providers = [
      { idp_id: IDP_ID, name: 'AuthDesk test IdP', issuer, client_id: IDP_CLIENT, jwks_uri: `${issuer}/jwks.json` },
    ];
    fs.writeFileSync(seedFile, JSON.stringify(example));
    server = await startServer({ seedFile, port });
    browser = await launchChromium('authdesk-builtin-idp-');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    app?.close();
    if (seedDir) fs.rmSync(seedDir, { recursive: true, force: true });
  });

  test('discovery names the issuer and its endpoints', async () => {
    const { status, body } = await getJson(`${server.baseUrl}/idp/.well-known/openid-configuration`);
    assert.equal(status, 200);
    assert.equal(body.issuer, `${server.baseUrl}/idp`);
    assert.equal(body.token_endpoint, `${server.baseUrl}/idp/token`);
    assert.deepEqual(body.code_challenge_methods_supported, ['S256']);
  });

  test('pick a test user in chromium, exchange the code, loginWithIdp with the ID token', async () => {
    const verifier = crypto.randomBytes(32).toString('base64url');
    const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
    const state = crypto.randomBytes(16).toString('hex');
    const nonce = crypto.randomBytes(16).toString('hex');
    const redirectUri = `${appUrl}/api/auth/callback`;
    const params = new URLSearchParams({
      response_type: 'code', client_id: IDP_CLIENT, redirect_uri: redirectUri, scope: 'openid email profile',
      state, nonce, code_challenge: challenge, code_challenge_method: 'S256',
    });

    const page = await browser.context.newPage();
    await page.goto(`${server.baseUrl}/idp/authorize?${params}`);
    await page.click(`button[name="user"][value="${seed.user.email}"]`);
    await page.waitForSelector('#landed');
    const landed = landings.findLast(url => url.pathname === '/api/auth/callback');
    assert.ok(landed);
    assert.equal(landed.searchParams.get('state'), state);
    const code = landed.searchParams.get('code');
    assert.ok(code);
    await page.close();

    const exchange = form => postForm(`${server.baseUrl}/idp/token`, form);
    const tokens = await exchange({
      grant_type: 'authorization_code', client_id: IDP_CLIENT, code, redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    assert.equal(tokens.status, 200);
    const claims = jwtPayload(tokens.body.id_token);
    assert.equal(claims.iss, `${server.baseUrl}/idp`);
    assert.equal(claims.aud, IDP_CLIENT);
    assert.equal(claims.email, seed.user.email);
    assert.equal(claims.email_verified, true);
    assert.equal(claims.given_name, 'Joe');
    assert.equal(claims.family_name, 'Tester');
    assert.equal(claims.nonce, nonce);
    // Used once.
    const again = await exchange({
      grant_type: 'authorization_code', client_id: IDP_CLIENT, code, redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'invalid_grant');

    const sdk = sharetribeSdk.createInstance({
      clientId: seed.marketplace.clientId, clientSecret: seed.marketplace.clientSecret, baseUrl: server.baseUrl,
      tokenStore: sharetribeSdk.tokenStore.memoryStore(),
    });
    const res = await sdk.loginWithIdp({ idpId: IDP_ID, idpClientId: IDP_CLIENT, idpToken: tokens.body.id_token });
    assert.equal(res.status, 200);
    assert.equal((await sdk.authInfo()).isAnonymous, false);
    const me = await sdk.currentUser.show();
    assert.equal(me.data.data.attributes.email, seed.user.email);
  });

  test('a typed identity in chromium: the page escapes it and the token carries it', async () => {
    const verifier = crypto.randomBytes(32).toString('base64url');
    const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
    const redirectUri = `${appUrl}/typed`;
    const params = new URLSearchParams({
      response_type: 'code', client_id: IDP_CLIENT, redirect_uri: redirectUri, scope: 'openid',
      state: '"><b>state</b>', code_challenge: challenge, code_challenge_method: 'S256',
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.baseUrl}/idp/authorize?${params}`);
    assert.equal(await page.locator('b:text("state")').count(), 0);
    await page.fill('#email', 'new.person@example.com');
    await page.fill('#given_name', '<i>New</i>');
    await page.fill('#family_name', 'Person');
    await page.uncheck('#email_verified');
    await page.click('#continue');
    await page.waitForSelector('#landed');
    await page.close();
    const landed = landings.findLast(url => url.pathname === '/typed');
    assert.equal(landed.searchParams.get('state'), '"><b>state</b>');
    const tokens = await postForm(`${server.baseUrl}/idp/token`, {
      grant_type: 'authorization_code', client_id: IDP_CLIENT, code: landed.searchParams.get('code'),
      redirect_uri: redirectUri, code_verifier: verifier,
    });
    assert.equal(tokens.status, 200);
    const claims = jwtPayload(tokens.body.id_token);
    assert.equal(claims.email, 'new.person@example.com');
    assert.equal(claims.email_verified, false);
    assert.equal(claims.given_name, '<i>New</i>');
  });
});
