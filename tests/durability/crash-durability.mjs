#!/usr/bin/env node
// Crash durability (spec section 7, issue 6): drives refreshes and revocations against a real
// `authdesk serve`, kill -9s it at random moments, restarts it on the same database and checks that
//   - SQLite's integrity_check is ok,
//   - every revocation that answered 200 is still revoked (its refresh token gets 401),
//   - every refresh token returned in a 200 is on disk: the live head of its family, or a retired
//     predecessor, and the newest one still refreshes (directly, or via the grace window),
//   - no family has two live heads.
// Usage: AUTHDESK_BINARY=build/bin/authdesk node tests/durability/crash-durability.mjs
// Env: AUTHDESK_DURABILITY_KILLS (default 22), AUTHDESK_DURABILITY_SEED (random by default),
//      AUTHDESK_DURABILITY_BUDGET_MS (default 100000: stop killing early rather than overrun ctest).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postForm, spawnServe } from '../support/serve-process.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const binary = process.env.AUTHDESK_BINARY;
if (!binary || !fs.existsSync(binary)) {
  console.error(`durability: AUTHDESK_BINARY must name the authdesk executable (got '${binary ?? ''}')`);
  process.exit(1);
}
const kills = Number(process.env.AUTHDESK_DURABILITY_KILLS ?? 22);
const budgetMs = Number(process.env.AUTHDESK_DURABILITY_BUDGET_MS ?? 100000);
let rngState = Number(process.env.AUTHDESK_DURABILITY_SEED ?? crypto.randomInt(1, 2 ** 31));
console.log(`durability: seed ${rngState} (AUTHDESK_DURABILITY_SEED to replay), ${kills} kills`);
const random = () => {
  // mulberry32: reproducible with the printed seed
  rngState = (rngState + 0x6d2b79f5) | 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const marketplace = { clientId: '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11', clientSecret: 'optional-plain-secret' };
const integration = { clientId: '2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44', clientSecret: 'another-plain-secret' };
const user = { email: 'joe@example.com', password: 'secret pass&=+' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-durability-'));
const dbPath = path.join(dir, 'authdesk.db');
const keyPath = path.join(dir, 'kek');
const seedPath = path.resolve(here, '../e2e/seeds/example.json');
const started = Date.now();
const failures = [];
const fail = message => {
  failures.push(message);
  console.error(`durability: FAIL ${message}`);
};

let server = null;
async function startServer() {
  server = await spawnServe({
    command: binary,
    args: ['serve', '--port', '0', '--seed', seedPath, '--db', dbPath, '--key-file', keyPath],
    home: dir,
    startTimeoutMs: 30000,
  });
  return server;
}

async function killServer() {
  if (!server) return;
  server.child.kill('SIGKILL');
  const { signal } = await server.exited;
  if (signal !== 'SIGKILL') fail(`server ended with ${signal} before it was killed:\n${server.stderr()}`);
  server = null;
}

async function post(pathName, params, headers = {}) {
  return postForm(server.baseUrl + pathName, params, headers, 15000);
}

function sql(query) {
  return execFileSync('sqlite3', [dbPath, query], { encoding: 'utf8' }).trim();
}
const sha256Hex = token => crypto.createHash('sha256').update(token).digest('hex').toUpperCase();

// One tracked family: its kind, every refresh token a 200 returned, the newest one, and revocation state.
// revoked: 'no' | 'acked' (a revoke answered 200) | 'maybe' (a revoke was in flight at a kill).
const families = [];

async function newFamily(kind) {
  const res = kind === 'user'
    ? await post('/v1/auth/token', { grant_type: 'password', client_id: marketplace.clientId,
      username: user.email, password: user.password })
    : await post('/v1/auth/token', { grant_type: 'client_credentials', client_id: integration.clientId,
      client_secret: integration.clientSecret });
  if (res.status !== 200 || !res.body.refresh_token) throw new Error(`login answered ${res.status} ${JSON.stringify(res.body)}`);
  const family = { id: families.length, kind, tokens: [res.body.refresh_token], current: res.body.refresh_token,
    access: res.body.access_token, revoked: 'no', familyId: null };
  families.push(family);
  return family;
}

async function refresh(family) {
  const params = { grant_type: 'refresh_token', refresh_token: family.current,
    client_id: family.kind === 'user' ? marketplace.clientId : integration.clientId };
  return post('/v1/auth/token', params);
}

// One step of load for one family; returns when answered (or throws when the server died).
async function step(family) {
  if (family.revoked !== 'no') return;
  if (random() < 0.06) {
    family.revoked = 'maybe';
    const res = family.kind === 'user'
      ? await post('/v1/auth/revoke', { token: family.current }, { Authorization: `Bearer ${family.access}` })
      : await post('/v1/auth/revoke', { token: family.current, client_id: integration.clientId,
        client_secret: integration.clientSecret });
    if (res.status === 200) family.revoked = 'acked';
    else fail(`family ${family.id}: revoke answered ${res.status} ${JSON.stringify(res.body)}`);
    return;
  }
  const res = await refresh(family);
  if (res.status === 200) {
    family.current = res.body.refresh_token;
    family.access = res.body.access_token;
    if (!family.tokens.includes(family.current)) family.tokens.push(family.current);
  } else {
    fail(`family ${family.id}: refresh answered ${res.status} ${JSON.stringify(res.body)}`);
    family.revoked = 'failed';
  }
}

async function drive(deadline) {
  const workers = families.map(async family => {
    // a family that is no longer driven must leave the loop: step() would not yield to the event loop
    while (Date.now() < deadline && server && family.revoked === 'no') {
      await step(family);
    }
  });
  await Promise.allSettled(workers);
}

// After a restart (the server is up): every acknowledged revocation holds, every family's newest
// token still refreshes (when its last refresh was lost in the crash, the presented token is the
// immediate predecessor of the head and the grace window answers it).
async function checkAfterRestart(round) {
  for (const family of families) {
    if (family.revoked === 'failed') continue;
    const res = await refresh(family);
    if (family.revoked === 'acked') {
      if (res.status !== 401) fail(`round ${round}: family ${family.id} was revoked (200) but its token answered ${res.status}`);
      continue;
    }
    if (family.revoked === 'maybe') {
      // the revoke was in flight: either outcome is fine, but it must be one of them
      if (res.status === 401) family.revoked = 'acked';
      else if (res.status === 200) {
        family.revoked = 'no';
        family.current = res.body.refresh_token;
        family.access = res.body.access_token;
        if (!family.tokens.includes(family.current)) family.tokens.push(family.current);
      } else fail(`round ${round}: family ${family.id} (revoke in flight) answered ${res.status}`);
      continue;
    }
    if (res.status !== 200) {
      fail(`round ${round}: family ${family.id}: newest acknowledged token answered ${res.status} ${JSON.stringify(res.body)}`);
      family.revoked = 'failed';
      continue;
    }
    family.current = res.body.refresh_token;
    family.access = res.body.access_token;
    if (!family.tokens.includes(family.current)) family.tokens.push(family.current);
  }
}

// While the server is dead: the file itself.
function checkDatabase(round) {
  const integrity = sql('PRAGMA integrity_check;');
  if (integrity !== 'ok') fail(`round ${round}: integrity_check: ${integrity}`);
  const twoHeads = sql('SELECT family_id, count(*) FROM refresh_tokens WHERE retired_at IS NULL GROUP BY family_id HAVING count(*) > 1;');
  if (twoHeads !== '') fail(`round ${round}: families with two live heads: ${twoHeads}`);
  const onDisk = new Map(); // hex(token_hash) -> { familyId, live }
  for (const line of sql('SELECT hex(token_hash), family_id, retired_at IS NULL FROM refresh_tokens;').split('\n')) {
    if (!line) continue;
    const [hash, familyId, live] = line.split('|');
    onDisk.set(hash, { familyId, live: live === '1' });
  }
  const revokedFamilies = new Set(sql('SELECT id FROM token_families WHERE revoked_at IS NOT NULL;').split('\n'));
  for (const family of families) {
    // every token a 200 returned is on disk, all in one family
    const ids = new Set();
    family.tokens.forEach((token, index) => {
      const row = onDisk.get(sha256Hex(token));
      if (!row) fail(`round ${round}: family ${family.id}: token #${index} answered in a 200 is not on disk`);
      else ids.add(row.familyId);
    });
    if (ids.size > 1) fail(`round ${round}: family ${family.id}: its tokens are in ${ids.size} families`);
    family.familyId = [...ids][0] ?? null;
    if (family.revoked === 'acked' && family.familyId && !revokedFamilies.has(family.familyId)) {
      fail(`round ${round}: family ${family.id}: acknowledged revocation is not on disk`);
    }
  }
}

let exitCode = 0;
try {
  await startServer();
  for (let i = 0; i < 4; ++i) await newFamily('user');
  for (let i = 0; i < 2; ++i) await newFamily('integration');
  if (process.env.AUTHDESK_DURABILITY_VERBOSE) console.log(`set up in ${Date.now() - started} ms`);
  let round = 0;
  for (; round < kills; ++round) {
    if (Date.now() - started > budgetMs) {
      fail(`time budget of ${budgetMs} ms spent after ${round} kills`);
      break;
    }
    // keep a few families going: replace revoked ones so there is always load
    for (const kind of ['user', 'integration']) {
      if (!families.some(f => f.kind === kind && f.revoked === 'no')) await newFamily(kind);
    }
    if (process.env.AUTHDESK_DURABILITY_VERBOSE) console.log(`round ${round} starts at ${Date.now() - started} ms`);
    const killAfter = 20 + Math.floor(random() * 400);
    const driving = drive(Date.now() + killAfter + 2000);
    const tSleep = Date.now();
    await sleep(killAfter);
    const t0 = Date.now();
    await killServer();
    await driving;
    const t1 = Date.now();
    checkDatabase(round);
    const t2 = Date.now();
    await startServer();
    const t3 = Date.now();
    await checkAfterRestart(round);
    if (process.env.AUTHDESK_DURABILITY_VERBOSE) {
      console.log(`round ${round}: killed after ${t0 - tSleep} ms; drain ${t1 - t0} ms, db check ${t2 - t1} ms, `
        + `restart ${t3 - t2} ms, check ${Date.now() - t3} ms`);
    }
  }
  await killServer();
  checkDatabase(round);
  const tokens = families.reduce((n, f) => n + f.tokens.length, 0);
  const revoked = families.filter(f => f.revoked === 'acked').length;
  console.log(`durability: ${round} kill -9 rounds, ${families.length} families, ${tokens} acknowledged refresh tokens, `
    + `${revoked} acknowledged revocations, ${Date.now() - started} ms`);
} catch (error) {
  fail(String(error?.stack ?? error));
} finally {
  if (server) server.child.kill('SIGKILL');
  if (failures.length) {
    console.error(`durability: ${failures.length} failure(s); database kept in ${dir}`);
    exitCode = 1;
  } else {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('durability: ok');
  }
}
process.exit(exitCode);
