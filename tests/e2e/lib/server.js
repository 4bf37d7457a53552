// Starts a real `authdesk serve --port 0` for a test file and stops it afterwards.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { get, serveEnvironment, spawnServe } from '../../support/serve-process.mjs';

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
 * Starts `authdesk serve --port 0 --seed <seed> --db <tmp>/authdesk.db --key-file <tmp>/kek` (or
 * another port, for a seed that names the server's own URL) and resolves once it printed
 * `listening on http://127.0.0.1:PORT`.
 * Returns { baseUrl, port, stop(), stderr() }.
 */
export async function startServer({ seedFile = 'example.json', startTimeoutMs = 20000, port = 0 } = {}) {
  const binary = binaryPath();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'authdesk-e2e-'));
  const seedPath = path.isAbsolute(seedFile) ? seedFile : path.join(seedsDir, seedFile);
  let command = binary;
  let args = [
    'serve', '--port', String(port), '--seed', seedPath,
    '--db', path.join(dir, 'authdesk.db'), '--key-file', path.join(dir, 'kek'),
  ];
  // AUTHDESK_E2E_LAUNCHER: a program that takes `--seed FILE`, prints the same listening line for
  // the URL to test (e.g. nginx in front of several instances: scripts/multi-instance) and stops
  // everything it started on SIGTERM, which SIGKILL would orphan. tests/multi/nginx-e2e.sh uses it.
  const launcher = process.env.AUTHDESK_E2E_LAUNCHER;
  if (launcher) {
    command = launcher;
    args = ['--seed', seedPath];
    startTimeoutMs = Math.max(startTimeoutMs, 120000);
  }
  const server = await spawnServe({
    command, args, home: dir, startTimeoutMs,
    stopGraceMs: launcher ? 30000 : 5000, exitSignal: launcher ? 'SIGTERM' : 'SIGKILL',
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // dbPath and home: for the admin CLI on the same database (not behind AUTHDESK_E2E_LAUNCHER).
  return { baseUrl: server.baseUrl, port: server.port, stop, stderr: server.stderr, exited: server.exited,
    dbPath: launcher ? null : path.join(dir, 'authdesk.db'), home: dir };
}

export { jwtPayload, postForm } from '../../support/serve-process.mjs';

export async function getJson(url, headers = {}) {
  return get(url, headers);
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
 * For a describe() whose tests each put their own recorder in front of one shared server: starts
 * the server before the tests and stops it and every recorder after them.
 * Returns { baseUrl (once started), newRecorder() }.
 */
export function serverWithRecorders({ seedFile = 'example.json' } = {}) {
  let server;
  const recorders = [];
  before(async () => {
    server = await startServer({ seedFile });
  });
  after(async () => {
    await Promise.all(recorders.map(r => r.stop()));
    await server?.stop();
  });
  return {
    get baseUrl() {
      return server.baseUrl;
    },
    async newRecorder() {
      const recorder = await startRecorder(server.baseUrl);
      recorders.push(recorder);
      return recorder;
    },
  };
}

/**
 * Runs `authdesk <args...> --db <the server's database> --json` (the admin CLI) and resolves with its
 * parsed JSON output; rejects with its stderr on a non-zero exit status.
 */
export async function adminCli(server, ...args) {
  return new Promise((resolve, reject) => {
    execFile(binaryPath(), [...args, '--db', server.dbPath, '--json'], { env: serveEnvironment(server.home) },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`authdesk ${args.join(' ')} exited ${error.code}\n${stderr}`));
        else resolve(JSON.parse(stdout));
      });
  });
}
