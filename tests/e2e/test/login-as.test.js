// Login-as (spec section 11): the real Marketplace SDK's loginAs after a real /api/authorize-as round
// trip with PKCE, as the web-template's server/api/initiate-login-as.js and login-as.js do it; the
// approval page is driven by Debian's chromium through playwright-core.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharetribeSdk from 'sharetribe-flex-sdk';

import { launchChromium } from '../lib/chromium.js';
import { getJson, jwtPayload, seed, startServer } from '../lib/server.js';

const autoApp = '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11';
const approvalApp = '0b1e4c2a-2222-4c8e-8f7a-0d9b1c2a3e22';
const liveApp = '0b1e4c2a-3333-4c8e-8f7a-0d9b1c2a3e33';
// The marketplace is a small server of this test on a free port (its URL goes into the seed file):
// it records where the browser was sent, as the web-template's /api/login-as would receive it.
let marketplace;
let redirectUri;
const landings = [];

async function startMarketplace() {
  const server = http.createServer((req, res) => {
    landings.push(new URL(req.url, marketplace));
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<p id="landed">marketplace</p>');
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  marketplace = `http://127.0.0.1:${server.address().port}`;
  redirectUri = `${marketplace}/api/login-as`;
  return server;
}

// Marketplace applications in dev (auto-approve), test (approval page) and live (auto-approve).
function writeSeed(dir) {
  const app = (name, clientId, environment, autoApprove) => ({
    name, type: 'marketplace', client_id: clientId, marketplace_url: marketplace, environment,
    login_as_auto_approve: autoApprove,
  });
  const file = path.join(dir, 'login-as.json');
  fs.writeFileSync(file, JSON.stringify({
    applications: [app('Login-as shop', autoApp, 'dev', true), app('Approval shop', approvalApp, 'test', false),
      app('Live shop', liveApp, 'live', true)],
    users: [{ email: seed.user.email, password: seed.user.password, display_name: seed.user.displayName }],
  }));
  return file;
}

// What initiate-login-as.js makes: a random state and a PKCE verifier with its S256 challenge.
function pkce() {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge, state: crypto.randomBytes(16).toString('hex') };
}

function authorizeUrl(baseUrl, { clientId, userId, challenge, state, redirect = redirectUri }) {
  const params = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirect, user_id: userId, state,
    code_challenge: challenge, code_challenge_method: 'S256',
  });
  return `${baseUrl}/api/authorize-as?${params}`;
}

function createSdk(baseUrl, clientId) {
  return sharetribeSdk.createInstance({ clientId, baseUrl, tokenStore: sharetribeSdk.tokenStore.memoryStore() });
}

describe('Login as a user (sdk.loginAs)', () => {
  let server;
  let marketplaceServer;
  let seedDir;
  let userId;

  // The auto-approved round trip: GET /api/authorize-as answers 302 to the marketplace with a code.
  async function autoCode(clientId = autoApp) {
    const pair = pkce();
    const res = await fetch(authorizeUrl(server.baseUrl, { clientId, userId, ...pair }), { redirect: 'manual' });
    assert.equal(res.status, 302);
    const location = new URL(res.headers.get('location'));
    assert.equal(`${location.origin}${location.pathname}`, redirectUri);
    assert.equal(location.searchParams.get('state'), pair.state);
    return { ...pair, code: location.searchParams.get('code') };
  }

  before(async () => {
    marketplaceServer = await startMarketplace();
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-e2e-loginas-seed-'));
    server = await startServer({ seedFile: writeSeed(seedDir) });
    const sdk = createSdk(server.baseUrl, autoApp);
    await sdk.login({ username: seed.user.email, password: seed.user.password });
    userId = (await sdk.currentUser.show()).data.data.id.uuid;
  });
  after(async () => {
    await server?.stop();
    await new Promise(resolve => (marketplaceServer ? marketplaceServer.close(resolve) : resolve()));
    if (seedDir) fs.rmSync(seedDir, { recursive: true, force: true });
  });

  test('auto-approve: loginAs with the code, authInfo says logged in as, currentUser.show is the user', async () => {
    const { code, verifier } = await autoCode();
    const sdk = createSdk(server.baseUrl, autoApp);
    const res = await sdk.loginAs({ code, redirect_uri: redirectUri, code_verifier: verifier });
    assert.equal(res.status, 200);
    assert.equal(res.data.scope, 'user');
    assert.equal(res.data.expires_in, 1800);
    assert.equal(res.data.refresh_token, undefined);
    const info = await sdk.authInfo();
    assert.equal(info.isLoggedInAs, true);
    assert.equal(info.isAnonymous, false);
    assert.deepEqual(info.scopes, ['user']);
    const me = await sdk.currentUser.show();
    assert.equal(me.data.data.id.uuid, userId);
    assert.equal(me.data.data.attributes.email, seed.user.email);
  });

  test('a code used twice is refused and revokes the session it started', async () => {
    const { code, verifier } = await autoCode();
    const first = createSdk(server.baseUrl, autoApp);
    const firstRes = await first.loginAs({ code, redirect_uri: redirectUri, code_verifier: verifier });
    const token = firstRes.data.access_token;
    const me = await getJson(`${server.baseUrl}/v1/api/current_user/show`, { Authorization: `Bearer ${token}` });
    assert.equal(me.status, 200);
    const second = createSdk(server.baseUrl, autoApp);
    await assert.rejects(second.loginAs({ code, redirect_uri: redirectUri, code_verifier: verifier }), err => {
      assert.equal(err.status, 401);
      assert.equal(err.data.error, 'invalid_grant');
      return true;
    });
    // The first session's token no longer works.
    const after = await getJson(`${server.baseUrl}/v1/api/current_user/show`, { Authorization: `Bearer ${token}` });
    assert.equal(after.status, 401);
  });

  test('a wrong code_verifier is refused with 401 invalid_grant', async () => {
    const { code } = await autoCode();
    const sdk = createSdk(server.baseUrl, autoApp);
    await assert.rejects(sdk.loginAs({ code, redirect_uri: redirectUri, code_verifier: pkce().verifier }), err => {
      assert.equal(err.status, 401);
      assert.equal(err.data.error, 'invalid_grant');
      return true;
    });
    assert.equal((await sdk.authInfo()).isLoggedInAs, undefined);
  });

  test('redirect URI mismatch: another origin is a 400 page, another path at the token endpoint a 401', async () => {
    const pair = pkce();
    const res = await fetch(
      authorizeUrl(server.baseUrl, { clientId: autoApp, userId, ...pair, redirect: 'http://evil.example/api/login-as' }),
      { redirect: 'manual' });
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
    assert.match(await res.text(), /Mismatch between redirect_uri parameter value and Marketplace URL/);

    const { code, verifier } = await autoCode();
    const sdk = createSdk(server.baseUrl, autoApp);
    await assert.rejects(
      sdk.loginAs({ code, redirect_uri: `${marketplace}/api/other`, code_verifier: verifier }), err => {
        assert.equal(err.status, 401);
        assert.equal(err.data.error, 'invalid_grant');
        return true;
      });
  });

  test('live environment: the token is user:limited and still reads the current user', async () => {
    const { code, verifier } = await autoCode(liveApp);
    const sdk = createSdk(server.baseUrl, liveApp);
    const res = await sdk.loginAs({ code, redirect_uri: redirectUri, code_verifier: verifier });
    assert.equal(res.data.scope, 'user:limited');
    const info = await sdk.authInfo();
    assert.equal(info.isLoggedInAs, true);
    assert.deepEqual(info.scopes, ['user:limited']);
    assert.equal((await sdk.currentUser.show()).data.data.attributes.email, seed.user.email);
  });

  test('the metadata lists the grant and S256', async () => {
    const { body } = await getJson(`${server.baseUrl}/.well-known/oauth-authorization-server`);
    assert.ok(body.grant_types_supported.includes('authorization_code'));
    assert.deepEqual(body.code_challenge_methods_supported, ['S256']);
  });

  describe('the approval page in chromium', () => {
    let browser;
    let context;

    before(async () => {
      browser = await launchChromium('authdesk-e2e-loginas-');
      ({ context } = browser);
    });
    after(async () => {
      await browser?.close();
    });

    // Opens the approval page, clicks a button and follows the redirect to the marketplace server.
    async function approveInBrowser(button) {
      const pair = pkce();
      const page = await context.newPage();
      const consoleMessages = [];
      page.on('console', msg => consoleMessages.push(msg.text()));
      const response = await page.goto(authorizeUrl(server.baseUrl, { clientId: approvalApp, userId, ...pair }));
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['x-frame-options'], 'DENY');
      assert.match(await page.textContent('#application'), /Approval shop/);
      assert.match(await page.textContent('#user'), /joe@example\.com/);
      assert.equal(await page.textContent('#environment'), 'test');
      landings.length = 0;
      await page.click(button);
      await page.waitForSelector('#landed');
      const logins = landings.filter(landing => landing.pathname === '/api/login-as'); // not /favicon.ico
      assert.equal(logins.length, 1);
      const url = logins[0];
      assert.equal(new URL(page.url()).href, url.href);
      await page.close();
      // The page's own CSP let its stylesheet and form through.
      assert.deepEqual(consoleMessages.filter(m => /Content Security Policy/i.test(m)), []);
      assert.equal(url.searchParams.get('state'), pair.state);
      return { ...pair, url };
    }

    test('Approve: the browser lands on the marketplace with a code that loginAs redeems', async () => {
      const { url, verifier } = await approveInBrowser('#approve');
      assert.equal(`${url.origin}${url.pathname}`, redirectUri);
      const code = url.searchParams.get('code');
      assert.match(code, /^[A-Za-z0-9_-]{43}$/);
      const sdk = createSdk(server.baseUrl, approvalApp);
      const res = await sdk.loginAs({ code, redirect_uri: redirectUri, code_verifier: verifier });
      assert.equal(res.data.scope, 'user');
      assert.equal((await sdk.authInfo()).isLoggedInAs, true);
      const me = await sdk.currentUser.show();
      assert.equal(me.data.data.attributes.email, seed.user.email);
      assert.equal(jwtPayload(res.data.access_token).sub, userId);
    });

    test('Deny: the browser lands on the marketplace with access_denied', async () => {
      const { url } = await approveInBrowser('#deny');
      assert.equal(url.searchParams.get('error'), 'access_denied');
      assert.equal(url.searchParams.get('code'), null);
    });
  });
});
