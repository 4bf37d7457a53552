// Helpers for the multi-instance tests: a fresh database on the PostgreSQL cluster that
// AUTHDESK_TEST_PG_URL names, and real `authdesk serve --db-url` processes on it.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServe } from '../support/serve-process.mjs';

/** Exits with a clear message unless AUTHDESK_BINARY and AUTHDESK_TEST_PG_URL are usable. */
export function requireEnvironment(name) {
  const binary = process.env.AUTHDESK_BINARY;
  if (!binary || !fs.existsSync(binary)) {
    console.error(`${name}: AUTHDESK_BINARY must name the authdesk executable (got '${binary ?? ''}')`);
    process.exit(1);
  }
  const adminUrl = process.env.AUTHDESK_TEST_PG_URL;
  if (!adminUrl) {
    console.error(`${name}: AUTHDESK_TEST_PG_URL is not set. This test needs a PostgreSQL server: run it through ` +
      'scripts/test, which starts a private cluster, or set AUTHDESK_TEST_PG_URL=postgresql://USER@HOST:PORT/DB ' +
      '(a role that may CREATE DATABASE).');
    process.exit(1);
  }
  return { binary, adminUrl };
}

/** Runs one SQL statement with psql and returns its unaligned, tuples-only output. */
export function psql(url, sql) {
  return execFileSync('psql', [url, '-qAtX', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Creates an empty database on the cluster; returns { url, drop() }. */
export function createDatabase(adminUrl, prefix) {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  psql(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Starts `authdesk serve --db-url URL (or --db FILE) --key-file KEY --port 0 [--seed SEED]` and resolves once it
 * printed its listening line. Returns { name, baseUrl, stop(), stderr() }.
 */
export async function startInstance({ binary, name, dbUrl, dbFile, keyFile, seedFile, dir, startTimeoutMs = 60000 }) {
  const home = fs.mkdtempSync(path.join(dir, `${name}-`));
  const args = ['serve', ...(dbFile ? ['--db', dbFile] : ['--db-url', dbUrl]), '--key-file', keyFile, '--port', '0'];
  if (seedFile) args.push('--seed', seedFile);
  const server = await spawnServe({
    command: binary, args, home, label: `${name}: authdesk serve`, startTimeoutMs, stopGraceMs: 10000,
  });
  return { name, baseUrl: server.baseUrl, stop: server.stop, stderr: server.stderr, exited: server.exited };
}

export { get, jwtPayload, postForm } from '../support/serve-process.mjs';

/** The hex SHA-256 under which a refresh token is stored. */
export const tokenHashHex = token => crypto.createHash('sha256').update(token).digest('hex');

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}
