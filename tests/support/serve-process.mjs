// One way for the node tests (tests/e2e, tests/multi, tests/faults, tests/durability) to start a
// real `authdesk serve`, wait for it to listen, stop it, and read what it answered.
import { spawn } from 'node:child_process';
import path from 'node:path';

// Servers still running when the test process ends (a failed or killed test) end with it, each by
// the signal its starter chose: a launcher must get SIGTERM to stop what it started.
const running = new Map();
process.on('exit', () => {
  for (const [child, signal] of running) child.kill(signal);
});

/** The environment of a server whose home (keychain, settings, data) is the folder `home`. */
export function serveEnvironment(home) {
  return {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    QT_QPA_PLATFORM: 'offscreen',
  };
}

/**
 * Spawns `command args` (authdesk serve, or a launcher printing the same line) in `home` and
 * resolves once it printed `listening on http://127.0.0.1:PORT`.
 * Returns { child, baseUrl, port, exited, stderr(), stop() }; stop() sends SIGTERM, then SIGKILL
 * after `stopGraceMs`, and resolves when the process has ended.
 */
export async function spawnServe({
  command, args, home, label = 'authdesk serve', startTimeoutMs = 20000, stopGraceMs = 5000, exitSignal = 'SIGKILL',
}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: serveEnvironment(home) });
  running.set(child, exitSignal);
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
      reject(new Error(`${label} did not print its listening line within ${startTimeoutMs} ms\n${stderr}`));
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
      reject(new Error(`${label} exited early (code ${code}, signal ${signal})\n${stderr}`));
    });
    child.once('error', error => {
      clearTimeout(timer);
      reject(error);
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
      await exited;
      clearTimeout(timer);
    }
  };
  return { child, baseUrl, port: Number(new URL(baseUrl).port), exited, stderr: () => stderr, stop };
}

/** { status, headers, body (parsed JSON, or the text), text } of a fetch() answer. */
export async function readResponse(res) {
  const text = await res.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** A form POST as an OAuth client sends it. */
export async function postForm(url, params, headers = {}, timeoutMs = 60000) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return readResponse(res);
}

/** A GET, answered as readResponse() reads it. */
export async function get(url, headers = {}, timeoutMs = 60000) {
  return readResponse(await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) }));
}

/** Decodes a JWT's payload without verifying it. */
export function jwtPayload(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
