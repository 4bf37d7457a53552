// Helpers for the multi-instance tests: a fresh database on the PostgreSQL cluster that
// AUTHDESK_TEST_PG_URL names, and real `authdesk serve --db-url` processes on it.
import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config'),
      QT_QPA_PLATFORM: 'offscreen' },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', chunk => { stderr += chunk; });
  child.stdout.setEncoding('utf8');
  const exited = new Promise(resolve => child.once('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: authdesk serve did not print its listening line within ${startTimeoutMs} ms\n${stderr}`));
    }, startTimeoutMs);
    child.stdout.on('data', chunk => {
      stdout += chunk;
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name}: authdesk serve exited early (code ${code}, signal ${signal})\n${stderr}`));
    });
    child.once('error', error => {
      clearTimeout(timer);
      reject(error);
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
  };
  return { name, baseUrl, stop, stderr: () => stderr, exited };
}

// Instances still running when the test process ends (a failure, an exception) die with it.
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function readResponse(res) {
  const text = await res.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, text };
}

/** A form POST as an OAuth client sends it. */
export async function postForm(url, params, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.timeout(60000),
  });
  return readResponse(res);
}

export async function get(url, headers = {}) {
  return readResponse(await fetch(url, { headers, signal: AbortSignal.timeout(60000) }));
}

export function jwtPayload(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** The hex SHA-256 under which a refresh token is stored. */
export const tokenHashHex = token => crypto.createHash('sha256').update(token).digest('hex');

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}
