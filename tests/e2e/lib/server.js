// Starts a real `authdesk serve --port 0` for a test file and stops it afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const e2eRoot = path.resolve(here, '..');
export const seedsDir = path.join(e2eRoot, 'seeds');

// The values of seeds/example.json (the spec's seed file).
export const seed = {
  marketplace: {
    clientId: '8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11',
    clientSecret: 'optional-plain-secret',
  },
  integration: {
    clientId: '2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44',
    clientSecret: 'another-plain-secret',
  },
  user: { email: 'joe@example.com', password: 'secret pass&=+', displayName: 'Joe Tester' },
};

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// Servers still running when this test process ends (a failed or killed test) are killed with it.
const running = new Set();
// A launcher gets SIGTERM instead: it must stop what it started, which SIGKILL would orphan.
process.on('exit', () => {
  for (const child of running) child.kill(process.env.AUTHDESK_E2E_LAUNCHER ? 'SIGTERM' : 'SIGKILL');
});

function binaryPath() {
  const binary = process.env.AUTHDESK_BINARY;
  if (!binary) {
    throw new Error('AUTHDESK_BINARY is not set: point it at the authdesk executable (build/bin/authdesk)');
  }
  if (!fs.existsSync(binary)) {
    throw new Error(`AUTHDESK_BINARY does not exist: ${binary}`);
  }
  return binary;
}

/**
 * Starts `authdesk serve --port 0 --seed <seed> --db <tmp>/authdesk.db --key-file <tmp>/kek` and
 * resolves once it printed `listening on http://127.0.0.1:PORT`.
 * Returns { baseUrl, port, stop(), stderr() }.
 */
export async function startServer({ seedFile = 'example.json', startTimeoutMs = 20000 } = {}) {
  const binary = binaryPath();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-e2e-'));
  const seedPath = path.isAbsolute(seedFile) ? seedFile : path.join(seedsDir, seedFile);
  let command = binary;
  let args = [
    'serve', '--port', '0', '--seed', seedPath,
    '--db', path.join(dir, 'authdesk.db'), '--key-file', path.join(dir, 'kek'),
  ];
  // AUTHDESK_E2E_LAUNCHER: a program that takes `--seed FILE`, prints the same listening line for
  // the URL to test (e.g. nginx in front of several instances: scripts/multi-instance) and stops
  // everything it started on SIGTERM. tests/multi/nginx-e2e.sh uses it.
  const launcher = process.env.AUTHDESK_E2E_LAUNCHER;
  if (launcher) {
    command = launcher;
    args = ['--seed', seedPath];
    startTimeoutMs = Math.max(startTimeoutMs, 120000);
  }
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, 'data'), XDG_CONFIG_HOME: path.join(dir, 'config'),
      QT_QPA_PLATFORM: 'offscreen' },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', chunk => { stderr += chunk; });
  child.stdout.setEncoding('utf8');

  const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));

  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`authdesk serve did not print its listening line within ${startTimeoutMs} ms\n${stderr}`));
    }, startTimeoutMs);
    child.stdout.on('data', chunk => {
      stdout += chunk;
      const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`authdesk serve exited early (code ${code}, signal ${signal})\n${stderr}`));
    });
    child.once('error', err => {
      clearTimeout(timer);
      reject(err);
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), process.env.AUTHDESK_E2E_LAUNCHER ? 30000 : 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  // dbPath and home: for the admin CLI on the same database (not behind AUTHDESK_E2E_LAUNCHER).
  return { baseUrl, port: Number(new URL(baseUrl).port), stop, stderr: () => stderr, exited,
    dbPath: launcher ? null : path.join(dir, 'authdesk.db'), home: dir };
}

/** A raw form POST, as an OAuth client sends it. Returns { status, headers, body (parsed JSON or text) }. */
export async function postForm(url, params, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
    body: new URLSearchParams(params).toString(),
  });
  return readResponse(res);
}

export async function getJson(url, headers = {}) {
  return readResponse(await fetch(url, { headers }));
}

async function readResponse(res) {
  const text = await res.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

/** Decodes a JWT's payload without verifying it (the jose tests verify). */
export function jwtPayload(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/**
 * A transparent recording proxy in front of the server: every request the SDK sends passes through
 * unchanged and is recorded as { method, path, headers, body } so a test can see what was sent.
 */
export async function startRecorder(upstreamBaseUrl) {
  const upstream = new URL(upstreamBaseUrl);
  const requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const record = { method: req.method, path: req.url, headers: req.headers, body: body.toString('utf8'), status: 0 };
      requests.push(record);
      const forward = http.request({
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      }, upstreamRes => {
        record.status = upstreamRes.statusCode;
        res.writeHead(upstreamRes.statusCode, upstreamRes.headers);
        upstreamRes.pipe(res);
      });
      forward.on('error', err => {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(String(err));
      });
      forward.end(body);
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    /** Recorded token requests as parsed form parameters (plus the answer's status as `_status`). */
    tokenRequests: () => requests
      .filter(r => r.path.endsWith('/v1/auth/token'))
      .map(r => ({ ...Object.fromEntries(new URLSearchParams(r.body)), _status: r.status })),
    /** "METHOD path status" lines, to compare sequences of calls. */
    trace: () => requests.map(r => `${r.method} ${r.path} ${r.status}`),
    clear: () => { requests.length = 0; },
    stop: () => new Promise(resolve => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The token store the SDK accepts: getToken/setToken/removeToken. Shared by several SDK instances. */
export function sharedMemoryStore() {
  let token = null;
  return {
    getToken: () => token,
    setToken: value => { token = value; },
    removeToken: () => { token = null; },
    peek: () => token,
  };
}

/**
 * Runs `authdesk <args...> --db <the server's database> --json` (the admin CLI) and resolves with its
 * parsed JSON output; rejects with its stderr on a non-zero exit status.
 */
export async function adminCli(server, ...args) {
  const binary = binaryPath();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args, '--db', server.dbPath, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: server.home, QT_QPA_PLATFORM: 'offscreen' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    child.once('error', reject);
    child.once('exit', code => {
      if (code === 0) resolve(JSON.parse(stdout));
      else reject(new Error(`authdesk ${args.join(' ')} exited ${code}\n${stderr}`));
    });
  });
}
