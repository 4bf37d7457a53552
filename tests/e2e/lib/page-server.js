// A tiny web server for the browser test: one page that loads the SDK's browser build, served on a
// loopback port (http://localhost:PORT). Both 127.0.0.1 and ::1 are served, since the browser may
// resolve localhost to either.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { e2eRoot } from './server.js';

const sdkWebBuild = path.join(e2eRoot, 'node_modules', 'sharetribe-flex-sdk', 'build', 'sharetribe-flex-sdk-web.js');

function page({ apiBaseUrl, clientId }) {
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>AuthDesk e2e</title>
<script src="/sharetribe-flex-sdk-web.js"></script>
</head>
<body>
<p id="status">loading</p>
<script>
  window.sdk = sharetribeSdk.createInstance({
    clientId: ${JSON.stringify(clientId)},
    baseUrl: ${JSON.stringify(apiBaseUrl)},
    tokenStore: sharetribeSdk.tokenStore.browserCookieStore({ clientId: ${JSON.stringify(clientId)}, secure: false }),
  });
  // Runs an SDK call and answers a plain, serialisable outcome for the test.
  window.run = async (fn) => {
    try {
      const res = await fn(window.sdk);
      return { ok: true, status: res && res.status, data: res && res.data !== undefined ? JSON.parse(JSON.stringify(res.data)) : null };
    } catch (e) {
      return { ok: false, status: e.status, message: String(e && e.message), data: e.data || null };
    }
  };
  document.getElementById('status').textContent = 'ready';
</script>
</body>
</html>
`;
}

async function listen(server, port, host) {
  await new Promise((resolve, reject) => {
    const onError = err => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Serves the page on port `port` of localhost. Returns { origin, stop() }. */
export async function startPageServer({ port, apiBaseUrl, clientId }) {
  const html = page({ apiBaseUrl, clientId });
  const handler = (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(html);
    } else if (url.pathname === '/sharetribe-flex-sdk-web.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      fs.createReadStream(sdkWebBuild).pipe(res);
    } else if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  };
  const servers = [];
  const v4 = http.createServer(handler);
  try {
    await listen(v4, port, '127.0.0.1');
  } catch (err) {
    throw new Error(`cannot serve the test page on 127.0.0.1:${port} (${err.code}): is the port in use?`);
  }
  servers.push(v4);
  const v6 = http.createServer(handler);
  try {
    await listen(v6, port, '::1');
    servers.push(v6);
  } catch {
    // no IPv6 loopback here: 127.0.0.1 is enough
  }
  return {
    origin: `http://localhost:${port}`,
    stop: () => Promise.all(servers.map(s => new Promise(resolve => {
      s.closeAllConnections();
      s.close(() => resolve());
    }))),
  };
}
