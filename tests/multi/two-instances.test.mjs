// Two `authdesk serve` instances on one PostgreSQL database (issue #8): what one instance issues,
// revokes or detects holds on the other on the very next request, and parallel refreshes of one
// token split across both leave one live family head and no 5xx.
// ctest runs it as multi_two_instances (label postgres) on the cluster that scripts/test starts; by hand:
//   AUTHDESK_BINARY=build/bin/authdesk AUTHDESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//     node tests/multi/two-instances.test.mjs
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createDatabase, get, jwtPayload, makeTempDir, postForm, psql, requireEnvironment, startInstance,
  tokenHashHex } from './cluster.mjs';

const { binary, adminUrl } = requireEnvironment('multi');

const market = { clientId: '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11', clientSecret: 'optional-plain-secret' };
// A public marketplace client whose grace window is 1 s, for reuse of the predecessor after it.
const shortGrace = { clientId: '5f0c2d3e-8b1a-4c7d-9e6f-1a2b3c4d5e60' };
const integ = { clientId: '2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44', clientSecret: 'another-plain-secret' };
const user = { email: 'joe@example.com', password: 'secret pass&=+' };
const seed = {
  applications: [
    { name: 'Web shop', type: 'marketplace', client_id: market.clientId, client_secret: market.clientSecret,
      grants: ['client_credentials', 'password', 'refresh_token', 'token_exchange'], refresh_grace: 30 },
    { name: 'Short grace', type: 'marketplace', client_id: shortGrace.clientId,
      grants: ['client_credentials', 'password', 'refresh_token'], refresh_grace: 1 },
    { name: 'Nightly sync', type: 'integration', client_id: integ.clientId, client_secret: integ.clientSecret },
  ],
  users: [{ email: user.email, password: user.password, display_name: 'Joe Tester' }],
};

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const describeAnswer = res => `${res.status} ${typeof res.body === 'string' ? res.body.slice(0, 300) : JSON.stringify(res.body)}`;

describe('two authdesk serve instances on one PostgreSQL database', () => {
  let dir;
  let database;
  let a;
  let b;

  before(async () => {
    dir = makeTempDir('authdesk-multi');
    const seedFile = path.join(dir, 'seed.json');
    fs.writeFileSync(seedFile, JSON.stringify(seed));
    database = createDatabase(adminUrl, 'authdesk_multi');
    // One key file for both: A creates it and the signing key, B unwraps that key from the database.
    const keyFile = path.join(dir, 'kek');
    a = await startInstance({ binary, name: 'A', dbUrl: database.url, keyFile, seedFile, dir });
    b = await startInstance({ binary, name: 'B', dbUrl: database.url, keyFile, seedFile, dir });
  });

  after(async () => {
    await a?.stop();
    await b?.stop();
    for (const instance of [a, b]) {
      if (instance && /error|warning|fatal/i.test(instance.stderr())) console.log(`${instance.name} stderr:\n${instance.stderr()}`);
    }
    database?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const token = (server, params) => postForm(`${server.baseUrl}/v1/auth/token`, params);
  const login = (server, client = market) => token(server, {
    client_id: client.clientId, grant_type: 'password', scope: 'user', username: user.email, password: user.password });
  const refresh = (server, refreshToken, client = market) => token(server, {
    client_id: client.clientId, grant_type: 'refresh_token', refresh_token: refreshToken });
  const currentUser = (server, accessToken) => get(`${server.baseUrl}/v1/api/current_user/show`,
    { Authorization: `Bearer ${accessToken}` });
  const introspect = (server, tokenValue) => postForm(`${server.baseUrl}/v1/auth/introspect`,
    { client_id: market.clientId, client_secret: market.clientSecret, token: tokenValue });
  const ok = async (promise, what) => {
    const res = await promise;
    assert.equal(res.status, 200, `${what}: ${describeAnswer(res)}`);
    return res.body;
  };
  const familyRow = familyId => psql(database.url,
    `SELECT (revoked_at IS NOT NULL)::int, reuse_detected FROM token_families WHERE id = '${familyId}'`);

  test('both instances publish the same signing key', async () => {
    const jwksA = await ok(get(`${a.baseUrl}/.well-known/jwks.json`), 'JWKS of A');
    const jwksB = await ok(get(`${b.baseUrl}/.well-known/jwks.json`), 'JWKS of B');
    assert.ok(jwksA.keys.length >= 1);
    assert.deepEqual(jwksB, jwksA);
    assert.equal(psql(database.url, 'SELECT count(*) FROM signing_keys'), '1', 'one signing key in the database');
  });

  test('a user token issued by A is accepted by B, and B\'s refresh of it by A', async () => {
    const issued = await ok(login(a), 'login on A');
    const me = await currentUser(b, issued.access_token);
    assert.equal(me.status, 200, `current_user/show on B with A's token: ${describeAnswer(me)}`);
    assert.ok(me.text.includes(user.email), `B answers for ${user.email}: ${me.text.slice(0, 300)}`);
    const active = await ok(introspect(b, issued.access_token), 'introspection on B');
    assert.equal(active.active, true, `B introspects A's access token as active: ${JSON.stringify(active)}`);
    assert.equal(active.sub, jwtPayload(issued.access_token).sub);

    const rotated = await ok(refresh(b, issued.refresh_token), 'refresh on B of a refresh token from A');
    assert.notEqual(rotated.refresh_token, issued.refresh_token);
    assert.equal(jwtPayload(rotated.access_token).fid, jwtPayload(issued.access_token).fid, 'same family');
    const meOnA = await currentUser(a, rotated.access_token);
    assert.equal(meOnA.status, 200, `current_user/show on A with B's token: ${describeAnswer(meOnA)}`);
    await ok(refresh(a, rotated.refresh_token), 'refresh on A of the refresh token B handed out');
  });

  test('an integration token issued by A is accepted by B', async () => {
    const issued = await ok(token(a, { client_id: integ.clientId, client_secret: integ.clientSecret,
      grant_type: 'client_credentials', scope: 'integ' }), 'integration client_credentials on A');
    const api = await get(`${b.baseUrl}/v1/integration_api/marketplace/show`, { Authorization: `Bearer ${issued.access_token}` });
    assert.equal(api.status, 200, `integration_api/marketplace/show on B: ${describeAnswer(api)}`);
  });

  test('a revocation on B is refused by A on the next request', async () => {
    const issued = await ok(login(a), 'login on A');
    // A has served this session once, so anything it remembers about it says "live".
    await ok(currentUser(a, issued.access_token), 'current_user/show on A before the revocation');
    await ok(introspect(a, issued.access_token), 'introspection on A before the revocation');

    await ok(postForm(`${b.baseUrl}/v1/auth/revoke`, { token: issued.refresh_token },
      { Authorization: `Bearer ${issued.access_token}` }), 'revoke on B');

    const me = await currentUser(a, issued.access_token);
    assert.equal(me.status, 401, `A must refuse an access token of a session revoked on B: ${describeAnswer(me)}`);
    const inactive = await ok(introspect(a, issued.access_token), 'introspection on A after the revocation');
    assert.deepEqual(inactive, { active: false });
    const refused = await refresh(a, issued.refresh_token);
    assert.equal(refused.status, 401, `A must refuse the revoked refresh token: ${describeAnswer(refused)}`);
    assert.equal(refused.body.error, 'invalid_grant');
  });

  test('20 parallel refreshes of one token, 10 on A and 10 on B, leave one live head and no 5xx', async () => {
    const issued = await ok(login(a), 'login on A');
    const familyId = jwtPayload(issued.access_token).fid;
    assert.ok(familyId, 'the access token names its family (fid)');

    const answers = await Promise.all(Array.from({ length: 20 },
      (_, i) => refresh(i % 2 === 0 ? a : b, issued.refresh_token)));
    const summary = answers.map((res, i) => `${i % 2 === 0 ? 'A' : 'B'} ${res.status}`).join(', ');
    for (const [i, res] of answers.entries()) {
      assert.ok(res.status < 500, `answer ${i} from ${i % 2 === 0 ? 'A' : 'B'} is a 5xx: ${describeAnswer(res)} (all: ${summary})`);
      // Within the grace window the presented token is the head's immediate predecessor: accepted.
      assert.equal(res.status, 200, `answer ${i} from ${i % 2 === 0 ? 'A' : 'B'}: ${describeAnswer(res)} (all: ${summary})`);
      assert.equal(jwtPayload(res.body.access_token).fid, familyId, 'every answer belongs to the same family');
    }
    const successors = new Set(answers.map(res => res.body.refresh_token));
    assert.equal(successors.size, 1, `every answer carries the same successor (got ${successors.size} different ones)`);
    const [successor] = successors;

    const heads = psql(database.url,
      `SELECT encode(token_hash, 'hex') FROM refresh_tokens WHERE family_id = '${familyId}' AND retired_at IS NULL`);
    assert.deepEqual(heads.split('\n').filter(Boolean), [tokenHashHex(successor)], 'exactly one live head, the successor');
    assert.equal(familyRow(familyId), '0|0', 'the family is live and no reuse was detected');
    const families = psql(database.url,
      `SELECT count(*) FROM token_families WHERE created_at >= (SELECT created_at FROM token_families WHERE id = '${familyId}')` +
      ` AND client_id = '${market.clientId}' AND revoked_at IS NULL`);
    assert.equal(families, '1', 'no second live family appeared');

    // The head works on both instances (one after the other: the second is its grace repeat).
    const next = await ok(refresh(b, successor), 'refresh of the head on B');
    await ok(currentUser(a, next.access_token), 'current_user/show on A after the parallel refreshes');
  });

  test('reuse of an older ancestor on B revokes the family on A as well', async () => {
    const first = await ok(login(a), 'login on A');
    const second = await ok(refresh(a, first.refresh_token), 'first refresh on A');
    const third = await ok(refresh(a, second.refresh_token), 'second refresh on A');
    await ok(currentUser(a, third.access_token), 'current_user/show on A before the reuse');
    const familyId = jwtPayload(third.access_token).fid;

    const reused = await refresh(b, first.refresh_token);
    assert.equal(reused.status, 401, `B must refuse the reused ancestor: ${describeAnswer(reused)}`);
    assert.equal(reused.body.error, 'invalid_grant');
    assert.equal(familyRow(familyId), '1|1', 'the family is revoked with reuse detected');

    const head = await refresh(a, third.refresh_token);
    assert.equal(head.status, 401, `A must refuse the family's head after reuse on B: ${describeAnswer(head)}`);
    const me = await currentUser(a, third.access_token);
    assert.equal(me.status, 401, `A must refuse the family's access token after reuse on B: ${describeAnswer(me)}`);
    const inactive = await ok(introspect(a, third.access_token), 'introspection on A after the reuse');
    assert.deepEqual(inactive, { active: false });
  });

  test('an instance with another key file is refused and changes nothing', async () => {
    const keysBefore = psql(database.url, 'SELECT kid FROM signing_keys');
    await assert.rejects(
      startInstance({ binary, name: 'C', dbUrl: database.url, keyFile: path.join(dir, 'other-kek'), dir }),
      error => /exited early \(code 2,/.test(error.message) && /cannot be decrypted/.test(error.message),
      'an instance whose key file cannot unwrap the shared signing key must exit 2 and say so');
    assert.equal(psql(database.url, 'SELECT kid FROM signing_keys'), keysBefore, 'the signing keys are unchanged');
  });

  test('the predecessor presented on B after its grace window revokes the family on A', async () => {
    const first = await ok(login(a, shortGrace), 'login on A (1 s grace)');
    const second = await ok(refresh(a, first.refresh_token, shortGrace), 'refresh on A');
    await ok(currentUser(a, second.access_token), 'current_user/show on A before the reuse');
    const familyId = jwtPayload(second.access_token).fid;
    // Past the 1 s grace window (times are stored in whole seconds or finer).
    await sleep(2500);

    const reused = await refresh(b, first.refresh_token, shortGrace);
    assert.equal(reused.status, 401, `B must refuse the predecessor after its grace window: ${describeAnswer(reused)}`);
    assert.equal(reused.body.error, 'invalid_grant');
    assert.equal(familyRow(familyId), '1|1', 'the family is revoked with reuse detected');

    const head = await refresh(a, second.refresh_token, shortGrace);
    assert.equal(head.status, 401, `A must refuse the family's head after reuse on B: ${describeAnswer(head)}`);
    const me = await currentUser(a, second.access_token);
    assert.equal(me.status, 401, `A must refuse the family's access token after reuse on B: ${describeAnswer(me)}`);
  });
});

describe('three instances started at the same moment on an empty database', () => {
  test('all start, the seed is imported once and they share one signing key', async () => {
    const dir = makeTempDir('authdesk-multi-start');
    const database = createDatabase(adminUrl, 'authdesk_multi_start');
    const instances = [];
    try {
      const seedFile = path.join(dir, 'seed.json');
      fs.writeFileSync(seedFile, JSON.stringify(seed));
      // The shared key file is handed out beforehand, as docs/deployment.md says.
      const keyFile = path.join(dir, 'kek');
      fs.writeFileSync(keyFile, crypto.randomBytes(32), { mode: 0o600 });
      const started = await Promise.allSettled(['P', 'Q', 'R'].map(name =>
        startInstance({ binary, name, dbUrl: database.url, keyFile, seedFile, dir })));
      for (const outcome of started) {
        if (outcome.status === 'fulfilled') instances.push(outcome.value);
      }
      for (const outcome of started) {
        assert.equal(outcome.status, 'fulfilled', `every instance starts: ${outcome.reason?.message ?? ''}`);
      }
      assert.equal(psql(database.url, 'SELECT COUNT(*) FROM signing_keys'), '1', 'one signing key for all');
      assert.equal(psql(database.url, 'SELECT COUNT(*) FROM applications'), String(seed.applications.length));
      assert.equal(psql(database.url, 'SELECT COUNT(*) FROM test_users'), '1');
      for (const instance of instances) {
        const res = await postForm(`${instance.baseUrl}/v1/auth/token`, {
          client_id: market.clientId, grant_type: 'password', scope: 'user', username: user.email, password: user.password });
        assert.equal(res.status, 200, `login on ${instance.name}: ${describeAnswer(res)}`);
      }
    } finally {
      for (const instance of instances) await instance.stop();
      database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
