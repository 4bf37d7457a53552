// Issue #18: two `authdesk serve` instances on one PostgreSQL database survive a database restart
// and a stop of a few seconds, without being restarted themselves. Logins, refreshes and health
// checks run in a loop on both throughout; the test asserts when they may fail (503 only, only
// while the server is away or within RecoveryBoundMs of it accepting connections again), that no
// request waits longer than RequestBoundMs, and afterwards that every rotation answered with 200
// was kept (one head per family; each acknowledged token the head or a retired predecessor).
// ctest runs it as faults_pg (tests/faults/CMakeLists.txt) on a cluster of its own; by hand:
//   tests/faults/with-pg-cluster.sh env AUTHDESK_BINARY=build-test/bin/authdesk node tests/faults/pg-faults.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createDatabase, get, jwtPayload, makeTempDir, postForm, psql, requireEnvironment, startInstance,
  tokenHashHex } from '../multi/cluster.mjs';

const { binary, adminUrl } = requireEnvironment('faults');
const pgCtlScript = process.env.AUTHDESK_FAULTS_PG_CTL;
if (!pgCtlScript) {
  console.error('faults: run through tests/faults/with-pg-cluster.sh, which starts a cluster this test may restart');
  process.exit(1);
}

// docs/deployment.md: the bounds these tests hold AuthDesk to.
const RecoveryBoundMs = 5000;
const RequestBoundMs = 5000;

const market = { clientId: '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11', clientSecret: 'optional-plain-secret' };
const user = { email: 'joe@example.com', password: 'secret pass&=+' };
const seed = {
  applications: [
    { name: 'Web shop', type: 'marketplace', client_id: market.clientId, client_secret: market.clientSecret,
      grants: ['client_credentials', 'password', 'refresh_token'], refresh_grace: 30 },
  ],
  users: [{ email: user.email, password: user.password, display_name: 'Joe Tester' }],
};

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const pgCtl = (...args) => execFileSync(pgCtlScript, args, { stdio: ['ignore', 'pipe', 'pipe'] });

describe('authdesk serve on a PostgreSQL that restarts', () => {
  let dir;
  let database;
  const instances = [];

  before(async () => {
    dir = makeTempDir('authdesk-faults');
    const seedFile = path.join(dir, 'seed.json');
    fs.writeFileSync(seedFile, JSON.stringify(seed));
    database = createDatabase(adminUrl, 'authdesk_faults');
    const keyFile = path.join(dir, 'kek');
    instances.push(await startInstance({ binary, name: 'A', dbUrl: database.url, keyFile, seedFile, dir }));
    instances.push(await startInstance({ binary, name: 'B', dbUrl: database.url, keyFile, seedFile, dir }));
  });

  after(async () => {
    for (const instance of instances) await instance.stop();
    for (const instance of instances) {
      if (/fatal|crash/i.test(instance.stderr())) console.log(`${instance.name} stderr:\n${instance.stderr()}`);
    }
    try {
      database?.drop();
    } catch {
      // the cluster goes away with the wrapper anyway
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const token = (server, params) => postForm(`${server.baseUrl}/v1/auth/token`, params);
  const login = server => token(server, {
    client_id: market.clientId, grant_type: 'password', scope: 'user', username: user.email, password: user.password });
  const refresh = (server, refreshToken) => token(server, {
    client_id: market.clientId, grant_type: 'refresh_token', refresh_token: refreshToken });
  const health = server => get(`${server.baseUrl}/health`);

  // Loops logins, refreshes and health checks on every instance until stop() and records every
  // answer with when it was asked and answered.
  function startLoad() {
    const answers = [];
    const acknowledged = []; // { family, hash } of every rotation answered with 200
    let running = true;
    const timed = async (instance, kind, promise) => {
      const askedAt = Date.now();
      let res;
      try {
        res = await promise;
      } catch (error) {
        res = { status: 0, body: String(error) };
      }
      answers.push({ instance: instance.name, kind, askedAt, answeredAt: Date.now(), status: res.status, body: res.body });
      return res;
    };
    const worker = async instance => {
      let current = null; // the latest refresh token this worker holds
      for (let round = 0; running; ++round) {
        if (!current || round % 8 === 0) { // a fresh login now and then, on every instance
          const res = await timed(instance, 'login', login(instance));
          if (res.status === 200) current = res.body.refresh_token;
        } else {
          const res = await timed(instance, 'refresh', refresh(instance, current));
          if (res.status === 200) {
            acknowledged.push({ family: jwtPayload(res.body.access_token).fid, hash: tokenHashHex(res.body.refresh_token) });
            current = res.body.refresh_token;
          } else if (res.status !== 503) {
            current = null; // reported below
          }
        }
        await timed(instance, 'health', health(instance));
      }
    };
    const workers = instances.flatMap(instance => [worker(instance), worker(instance)]);
    return {
      answers,
      acknowledged,
      stop: async () => {
        running = false;
        await Promise.all(workers);
      },
    };
  }

  // Checks the answers against the outage [downAt, upAt] (ms since the epoch) and returns figures.
  function judge(answers, downAt, upAt) {
    const late = answers.filter(a => a.answeredAt - a.askedAt > RequestBoundMs);
    assert.deepEqual(late.map(a => `${a.instance} ${a.kind} took ${a.answeredAt - a.askedAt} ms`), [],
      `no request waits longer than ${RequestBoundMs} ms`);
    const failures = answers.filter(a => a.status !== 200);
    const wrong = failures.filter(a => a.status !== 503);
    assert.deepEqual(wrong.map(a => `${a.instance} ${a.kind} ${a.status} ${JSON.stringify(a.body)}`), [],
      'a failure is always a 503');
    const outside = failures.filter(a => a.answeredAt < downAt || a.askedAt > upAt + RecoveryBoundMs);
    assert.deepEqual(outside.map(a => `${a.instance} ${a.kind} at +${a.askedAt - upAt} ms after up`), [],
      `503 only while the database is away or within ${RecoveryBoundMs} ms of it accepting connections`);
    const afterBound = answers.filter(a => a.askedAt > upAt + RecoveryBoundMs);
    for (const instance of instances) {
      for (const kind of ['login', 'refresh', 'health']) {
        assert.ok(afterBound.some(a => a.instance === instance.name && a.kind === kind),
          `${instance.name} answered a ${kind} after the recovery bound`);
      }
    }
    const lastFailure = Math.max(upAt, ...failures.map(a => a.answeredAt));
    const during = answers.filter(a => a.answeredAt >= downAt && a.askedAt <= upAt);
    return { failures: failures.length, answers: answers.length, recoveredAfterMs: lastFailure - upAt,
      duringOutage: during.length, slowestMs: Math.max(...answers.map(a => a.answeredAt - a.askedAt)) };
  }

  function checkFamilies(acknowledged) {
    const families = [...new Set(acknowledged.map(a => a.family))];
    assert.ok(families.length > 0, 'some rotations were acknowledged');
    const list = families.map(f => `'${f}'`).join(',');
    const heads = psql(database.url, `SELECT family_id || ' ' || count(*) FROM refresh_tokens WHERE retired_at IS NULL
      AND family_id IN (${list}) GROUP BY family_id HAVING count(*) <> 1`);
    assert.equal(heads, '', 'one head per family');
    const revoked = psql(database.url, `SELECT count(*) FROM token_families WHERE id IN (${list}) AND revoked_at IS NOT NULL`);
    assert.equal(revoked, '0', 'no family was revoked (no reuse was detected)');
    const stored = new Set(psql(database.url, `SELECT family_id || ':' || encode(token_hash, 'hex') FROM refresh_tokens
      WHERE family_id IN (${list})`).split('\n'));
    const lost = acknowledged.filter(a => !stored.has(`${a.family}:${a.hash}`));
    assert.deepEqual(lost, [], 'every rotation answered with 200 is kept, as the head or a retired predecessor');
  }

  async function waitForSteadyLoad(load) {
    const start = load.answers.length;
    while (load.answers.length < start + 20) await sleep(50);
  }

  // Runs outage(load) under load; it returns when PostgreSQL accepted connections again (ms since
  // the epoch). Then the load goes on past the recovery bound and everything is judged.
  async function throughOutage(what, outage) {
    const load = startLoad();
    try {
      await waitForSteadyLoad(load);
      const downAt = Date.now();
      const upAt = await outage(load);
      await sleep(RecoveryBoundMs + 3000);
      await load.stop();
      const figures = judge(load.answers, downAt, upAt);
      console.log(`${what}: ${figures.answers} answers (${figures.duringOutage} overlapping the outage, which took `
        + `${upAt - downAt} ms), ${figures.failures} 503s, slowest answer ${figures.slowestMs} ms, `
        + `last 503 answered ${figures.recoveredAfterMs} ms after PostgreSQL accepted connections`);
      checkFamilies(load.acknowledged);
    } finally {
      await load.stop();
    }
  }

  test('pg_ctl restart under load: 503 only while away, all 200 within the bound, nothing acknowledged lost', async () => {
    await throughOutage('restart', async () => {
      pgCtl('restart', '-m', 'fast');
      return Date.now(); // pg_ctl -w returns once the server accepts connections
    });
  });

  test('PostgreSQL stopped for 3 s: /health 503 with a reason while down, everything 200 within the bound after', async () => {
    await throughOutage('stop 3 s', async load => {
      pgCtl('stop', '-m', 'fast');
      const stoppedAt = Date.now();
      // Once it is down, every health check of every instance says so at once, with the reason.
      for (const instance of instances) {
        const res = await health(instance);
        assert.equal(res.status, 503, `${instance.name} /health while PostgreSQL is down: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.status, 'unavailable');
        assert.equal(res.body.database, 'unreachable');
        assert.ok(res.body.reason, `a reason: ${JSON.stringify(res.body)}`);
      }
      await sleep(3000); // the outage
      const downAnswers = load.answers.filter(a => a.askedAt > stoppedAt);
      assert.ok(downAnswers.length > 0 && downAnswers.every(a => a.status === 503),
        `every request while down answers 503: ${downAnswers.filter(a => a.status !== 503).map(a => `${a.kind} ${a.status}`)}`);
      pgCtl('start');
      return Date.now();
    });
  });

  // Issue #15: each thread keeps its hot statements prepared on its connection (PostgreSQL's named
  // statements, which live in the server session). A restart ends every session: the statements must
  // be prepared again on the new connections, never run by their old names.
  test('pg_ctl restart while the servers hold prepared statements: refresh and current_user/show work after it', async () => {
    const sinceStart = instances.map(instance => instance.stderr().length);
    const sessions = [];
    for (const instance of instances) {
      const res = await login(instance);
      assert.equal(res.status, 200, `${instance.name} login: ${JSON.stringify(res.body)}`);
      const session = { instance, refreshToken: res.body.refresh_token, accessToken: res.body.access_token };
      // Several of each, so that the threads that answer them have prepared their statements.
      for (let i = 0; i < 6; ++i) {
        await rotate(session);
        await showUser(session);
      }
      sessions.push(session);
    }

    pgCtl('restart', '-m', 'fast');
    const upAt = Date.now();

    for (const session of sessions) {
      // Until the recovery bound only a 503 may answer (the one request that finds its connection
      // dead); then everything works.
      for (;;) {
        const res = await refresh(session.instance, session.refreshToken);
        if (res.status === 200) {
          session.refreshToken = res.body.refresh_token;
          session.accessToken = res.body.access_token;
          break;
        }
        assert.equal(res.status, 503, `${session.instance.name} refresh after the restart: ${JSON.stringify(res.body)}`);
        assert.ok(Date.now() < upAt + RecoveryBoundMs, `${session.instance.name} refreshes within ${RecoveryBoundMs} ms`);
        await sleep(50);
      }
      for (let i = 0; i < 6; ++i) {
        await rotate(session);
        await showUser(session);
      }
    }
    instances.forEach((instance, i) => {
      const log = instance.stderr().slice(sinceStart[i]);
      assert.doesNotMatch(log, /prepared statement "[^"]*" does not exist/, `${instance.name} ran a forgotten statement`);
    });
  });

  const rotate = async session => {
    const res = await refresh(session.instance, session.refreshToken);
    assert.equal(res.status, 200, `${session.instance.name} refresh: ${JSON.stringify(res.body)}`);
    session.refreshToken = res.body.refresh_token;
    session.accessToken = res.body.access_token;
  };
  const showUser = async session => {
    const res = await get(`${session.instance.baseUrl}/v1/api/current_user/show`,
      { Authorization: `Bearer ${session.accessToken}` });
    assert.equal(res.status, 200, `${session.instance.name} current_user/show: ${JSON.stringify(res.body)}`);
    assert.ok(res.text.includes(user.email), `${session.instance.name} answers for ${user.email}: ${res.text.slice(0, 300)}`);
  };
});
