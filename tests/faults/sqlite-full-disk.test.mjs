// Issue #18: `authdesk serve` on a SQLite file whose disk fills up answers 503 (never 500, never a
// 200 it did not keep) while full, serves normally again once space is freed, and loses nothing it
// acknowledged; the file passes integrity_check. The disk is a small tmpfs, which only root may
// mount: otherwise the test is skipped with a message (exit 77).
// ctest runs it as faults_sqlite_full_disk; by hand (as root):
//   AUTHDESK_BINARY=build-test/bin/authdesk node tests/faults/sqlite-full-disk.test.mjs
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { get, makeTempDir, postForm, startInstance, tokenHashHex } from '../multi/cluster.mjs';

const binary = process.env.AUTHDESK_BINARY;
if (!binary || !fs.existsSync(binary)) {
  console.error(`faults: AUTHDESK_BINARY must name the authdesk executable (got '${binary ?? ''}')`);
  process.exit(1);
}
const Skip = 77;
const RecoveryBoundMs = 5000;

const market = { clientId: '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11' };
const user = { email: 'joe@example.com', password: 'secret pass&=+' };
const seed = {
  applications: [{ name: 'Web shop', type: 'marketplace', client_id: market.clientId,
    grants: ['client_credentials', 'password', 'refresh_token'], refresh_grace: 30 }],
  users: [{ email: user.email, password: user.password, display_name: 'Joe Tester' }],
};

const dir = makeTempDir('authdesk-full-disk');
const disk = path.join(dir, 'disk');
fs.mkdirSync(disk);
if (process.getuid?.() !== 0) {
  console.log('faults_sqlite_full_disk: SKIPPED: mounting a small tmpfs needs root; run the suite as root to test a full disk');
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(Skip);
}
const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0700', 'tmpfs', disk], { encoding: 'utf8' });
if (mount.status !== 0) {
  console.log(`faults_sqlite_full_disk: SKIPPED: cannot mount a tmpfs here (${mount.stderr.trim()})`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(Skip);
}

let instance;
const filler = path.join(disk, 'filler');
function fillDisk() {
  const chunk = Buffer.alloc(16 * 1024);
  const fd = fs.openSync(filler, 'w');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    assert.equal(error.code, 'ENOSPC', `filling the disk: ${error}`);
  } finally {
    fs.closeSync(fd);
  }
  // Even a few bytes left would let a small write through: take them too.
  const fd2 = fs.openSync(filler, 'a');
  try {
    for (;;) fs.writeSync(fd2, Buffer.alloc(512));
  } catch {
    // full
  } finally {
    fs.closeSync(fd2);
  }
}

try {
  const seedFile = path.join(dir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seed));
  const dbFile = path.join(disk, 'authdesk.db');
  instance = await startInstance({ binary, name: 'full', dbFile, keyFile: path.join(dir, 'kek'), seedFile, dir });
  const token = params => postForm(`${instance.baseUrl}/v1/auth/token`, { client_id: market.clientId, ...params });
  const refresh = refreshToken => token({ grant_type: 'refresh_token', refresh_token: refreshToken });

  const logged = await token({ grant_type: 'password', scope: 'user', username: user.email, password: user.password });
  assert.equal(logged.status, 200, `login: ${logged.text}`);
  let current = logged.body.refresh_token;
  const acknowledged = [tokenHashHex(current)];
  for (let i = 0; i < 5; ++i) {
    const res = await refresh(current);
    assert.equal(res.status, 200, `refresh before the disk fills: ${res.text}`);
    current = res.body.refresh_token;
    acknowledged.push(tokenHashHex(current));
  }

  fillDisk();
  // The WAL may still have room for a few commits; every refresh answers 200 (kept) or 503.
  let refused = null;
  for (let i = 0; i < 500 && !refused; ++i) {
    const res = await refresh(current);
    if (res.status === 200) {
      current = res.body.refresh_token;
      acknowledged.push(tokenHashHex(current));
    } else {
      assert.equal(res.status, 503, `a refresh on a full disk: ${res.status} ${res.text}`);
      assert.ok(res.body.error, `a JSON error: ${res.text}`);
      refused = res;
    }
  }
  assert.ok(refused, 'a refresh was refused with 503 while the disk was full');
  const again = await refresh(current);
  assert.equal(again.status, 503, `still 503 while full: ${again.text}`);
  const login = await token({ grant_type: 'password', scope: 'user', username: user.email, password: user.password });
  assert.equal(login.status, 503, `a login (which starts a session) while full: ${login.text}`);

  fs.rmSync(filler);
  const freedAt = Date.now();
  let recovered = null;
  while (!recovered && Date.now() - freedAt < RecoveryBoundMs) {
    const res = await refresh(current);
    if (res.status === 200) recovered = res;
    else assert.equal(res.status, 503, `after freeing space: ${res.text}`);
  }
  assert.ok(recovered, `a refresh succeeds within ${RecoveryBoundMs} ms of space being freed`);
  console.log(`full disk: ${acknowledged.length} tokens acknowledged, normal ${Date.now() - freedAt} ms after space was freed`);
  acknowledged.push(tokenHashHex(recovered.body.refresh_token));
  const healthy = await get(`${instance.baseUrl}/health`);
  assert.equal(healthy.status, 200);

  await instance.stop();
  instance = null;
  const integrity = execFileSync('sqlite3', [dbFile, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim();
  assert.equal(integrity, 'ok');
  const stored = new Set(execFileSync('sqlite3', [dbFile, 'SELECT lower(hex(token_hash)) FROM refresh_tokens'],
    { encoding: 'utf8' }).trim().split('\n'));
  const lost = acknowledged.filter(hash => !stored.has(hash));
  assert.deepEqual(lost, [], 'every refresh token answered with 200 is in the file');
  console.log('faults_sqlite_full_disk: ok');
} finally {
  await instance?.stop();
  spawnSync('umount', [disk]);
  fs.rmSync(dir, { recursive: true, force: true });
}
