// A real browser: Debian's chromium, driven by playwright-core, runs the SDK's browser build with its
// cookie token store on an allowed origin (http://localhost:3000) and on one that is not allowed
// (http://localhost:4000).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchChromium } from '../lib/chromium.js';
import { startPageServer } from '../lib/page-server.js';
import { getJson, seed, startServer } from '../lib/server.js';

const { clientId } = seed.marketplace;
const cookieName = `st-${clientId}-token`;

describe('Browser (chromium + the SDK web build)', () => {
  let server;
  let browser;
  let context;
  const pageServers = [];

  before(async () => {
    server = await startServer({ seedFile: 'example.json' });
    browser = await launchChromium('authdesk-e2e-chromium-');
    ({ context } = browser);
  });

  after(async () => {
    await browser?.close();
    await Promise.all(pageServers.map(s => s.stop()));
    await server?.stop();
  });

  async function openPage(port) {
    const pageServer = await startPageServer({ port, apiBaseUrl: server.baseUrl, clientId });
    pageServers.push(pageServer);
    const page = await context.newPage();
    const consoleMessages = [];
    const responses = [];
    const failures = [];
    page.on('console', msg => consoleMessages.push(`${msg.type()}: ${msg.text()}`));
    page.on('response', res => responses.push({ url: res.url(), status: res.status(), method: res.request().method() }));
    page.on('requestfailed', req => failures.push({ url: req.url(), error: req.failure()?.errorText }));
    // The DevTools protocol shows what the page may not: the status of a CORS-blocked answer and why
    // it was blocked.
    const network = { statusById: new Map(), urlById: new Map(), blocked: [] };
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', e => network.urlById.set(e.requestId, e.request.url));
    cdp.on('Network.responseReceivedExtraInfo', e => network.statusById.set(e.requestId, e.statusCode));
    cdp.on('Network.loadingFailed', e => {
      if (e.corsErrorStatus) network.blocked.push({ requestId: e.requestId, corsError: e.corsErrorStatus.corsError });
    });
    await page.goto(`${pageServer.origin}/`);
    await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
    return { page, origin: pageServer.origin, consoleMessages, responses, failures, network };
  }

  test('on http://localhost:3000: login, current user and logout work with the cookie token store', async () => {
    const { page, origin } = await openPage(3000);
    assert.deepEqual(await page.evaluate(() => window.sdk.authInfo()), {});

    const anonymous = await page.evaluate(() => window.run(sdk => sdk.marketplace.show()));
    assert.equal(anonymous.ok, true, JSON.stringify(anonymous));
    assert.equal(anonymous.data.data.type, 'marketplace');

    const login = await page.evaluate(({ username, password }) => window.run(sdk => sdk.login({ username, password })),
      { username: seed.user.email, password: seed.user.password });
    assert.equal(login.ok, true, JSON.stringify(login));
    assert.equal(login.status, 200);

    // The token lives in the SDK's cookie, on the page's origin.
    const cookies = await context.cookies(origin);
    const cookie = cookies.find(c => c.name === cookieName);
    assert.ok(cookie, `cookie ${cookieName} in ${JSON.stringify(cookies.map(c => c.name))}`);
    const stored = JSON.parse(decodeURIComponent(cookie.value));
    assert.equal(stored.scope, 'user');
    assert.ok(stored.refresh_token);
    const info = await page.evaluate(() => window.sdk.authInfo());
    assert.equal(info.isAnonymous, false);

    const me = await page.evaluate(() => window.run(sdk => sdk.currentUser.show()));
    assert.equal(me.ok, true, JSON.stringify(me));
    assert.equal(me.data.data.attributes.email, seed.user.email);
    assert.equal(me.data.data.attributes.profile.displayName, seed.user.displayName);

    // A reload keeps the session: the SDK reads the cookie again.
    await page.reload();
    await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
    const again = await page.evaluate(() => window.run(sdk => sdk.currentUser.show()));
    assert.equal(again.data.data.attributes.email, seed.user.email);

    const logout = await page.evaluate(() => window.run(sdk => sdk.logout()));
    assert.equal(logout.ok, true, JSON.stringify(logout));
    assert.deepEqual(await page.evaluate(() => window.sdk.authInfo()), {});
    assert.equal((await context.cookies(origin)).find(c => c.name === cookieName), undefined);

    // The revoked refresh token no longer refreshes.
    const refreshed = await fetch(`${server.baseUrl}/v1/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, grant_type: 'refresh_token', refresh_token: stored.refresh_token }),
    });
    assert.equal(refreshed.status, 401);
    await page.close();
  });

  test('on http://localhost:4000 (not an allowed origin) the server refuses and the page sees why', async () => {
    const { page, consoleMessages, responses, failures, network } = await openPage(4000);
    const login = await page.evaluate(({ username, password }) => window.run(sdk => sdk.login({ username, password })),
      { username: seed.user.email, password: seed.user.password });
    assert.equal(login.ok, false, JSON.stringify(login));
    // The browser hides the refused answer from the page: axios reports a network error.
    assert.match(login.message, /Network Error/i);
    assert.deepEqual(await page.evaluate(() => window.sdk.authInfo()), {});

    // ...and says why on the console, while the network log shows the server's 403.
    const corsMessage = consoleMessages.find(m => /CORS policy/.test(m) && m.includes("'http://localhost:4000'"));
    assert.ok(corsMessage, `a CORS error on the console:\n${consoleMessages.join('\n')}`);
    assert.match(corsMessage, /Access-Control-Allow-Origin/);
    const token = responses.find(r => r.url === `${server.baseUrl}/v1/auth/token`);
    const tokenFailure = failures.find(f => f.url === `${server.baseUrl}/v1/auth/token`);
    assert.ok(token || tokenFailure, `the token request was seen: ${JSON.stringify({ responses, failures })}`);
    if (token) assert.equal(token.status, 403);
    const blocked = network.blocked.find(b => network.urlById.get(b.requestId) === `${server.baseUrl}/v1/auth/token`);
    assert.ok(blocked, `chromium reports the blocked token request: ${JSON.stringify(network.blocked)}`);
    assert.equal(blocked.corsError, 'MissingAllowOriginHeader');
    assert.equal(network.statusById.get(blocked.requestId), 403, 'the server answered 403');

    // The same request with that Origin, outside the browser: 403 origin_not_allowed, no CORS headers.
    const refused = await fetch(`${server.baseUrl}/v1/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost:4000' },
      body: new URLSearchParams({ client_id: clientId, grant_type: 'client_credentials', scope: 'public-read' }),
    });
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), { error: 'origin_not_allowed' });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const health = await getJson(`${server.baseUrl}/health`, { Origin: 'http://localhost:4000' });
    assert.equal(health.status, 403);
    await page.close();
  });
});
