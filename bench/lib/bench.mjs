// Helpers for bench/run that are easier in JavaScript than in bash (Node built-ins only):
//   free-port                                   a free loopback TCP port
//   body BYTES                                  a JSON token answer of exactly BYTES bytes (for nginx)
//   login URL CLIENT_ID                         one password login; prints the access token
//   pool URL CLIENT_ID COUNT                    COUNT logins; prints their refresh tokens, one a line
//   logins URL CLIENT_ID RATE SECONDS CASE SERVER
//                                               password logins at a steady RATE per second for
//                                               SECONDS; prints one BENCH result line
// The logins use the user in BENCH_USERNAME and BENCH_PASSWORD (kept off the command line).
//   abusers PORT SLOW IDLE SECONDS              holds SLOW clients sending a request head a byte at a
//                                               time and IDLE keep-alive connections open against
//                                               127.0.0.1:PORT for SECONDS; prints "ready" once all
//                                               are connected
//   table RESULTS MARKDOWN_OUT RSS_KB MODE      the results table (stdout, aligned) and its
//                                               markdown (MARKDOWN_OUT), with the targets; exits 1
//                                               when any request failed and MODE is quick
import { connect, createServer } from 'node:net';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [command, ...args] = process.argv.slice(2);

function fail(message) {
    console.error(`bench: ${message}`);
    process.exit(1);
}

// A login that has not answered after 10 s counts as failed, as wrk's --timeout 10s does.
async function passwordLogin(url, clientId) {
    const username = process.env.BENCH_USERNAME ?? fail('BENCH_USERNAME is not set');
    const password = process.env.BENCH_PASSWORD ?? fail('BENCH_PASSWORD is not set');
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: clientId, grant_type: 'password', scope: 'user', username, password }),
        signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) {
        // The error answer names no secret; the request body is not printed.
        const error = new Error(`password login to ${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
        error.status = response.status;
        throw error;
    }
    return JSON.parse(text);
}

function percentile(sorted, p) {
    if (sorted.length === 0) return 0;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const commands = {
    'free-port': async () => {
        const server = createServer();
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        console.log(server.address().port);
        server.close();
    },

    // Same length as AuthDesk's answer, so nginx moves the same bytes per request.
    body: async ([bytes]) => {
        const shell = { access_token: '', token_type: 'bearer', expires_in: 3600, scope: 'public-read' };
        const padding = Number(bytes) - JSON.stringify(shell).length;
        if (!(padding >= 0)) fail(`body: ${bytes} bytes is too short`);
        process.stdout.write(JSON.stringify({ ...shell, access_token: 'x'.repeat(padding) }));
    },

    login: async ([url, clientId]) => {
        console.log((await passwordLogin(url, clientId)).access_token);
    },

    // A few logins at a time: password hashing is the slow part, and the server bounds it anyway.
    pool: async ([url, clientId, count]) => {
        const tokens = [];
        let next = 0;
        const worker = async () => {
            while (next < Number(count)) {
                next += 1;
                const answer = await passwordLogin(url, clientId);
                if (!answer.refresh_token) fail(`pool: ${url} answered without a refresh_token`);
                tokens.push(answer.refresh_token);
            }
        };
        await Promise.all([worker(), worker(), worker(), worker()]);
        process.stdout.write(tokens.map((t) => `${t}\n`).join(''));
    },

    // Open loop: a login starts every 1/RATE s whether or not the previous one has answered, so a
    // slow server shows as latency, not as a lower rate.
    logins: async ([url, clientId, rate, seconds, caseName, server]) => {
        const latencies = [];
        const failures = {}; // "503": 3, "timeout": 1, ...
        let errors = 0;
        const pending = [];
        const started = performance.now();
        const total = Math.round(Number(rate) * Number(seconds));
        for (let i = 0; i < total; i += 1) {
            const due = started + (i * 1000) / Number(rate);
            const wait = due - performance.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            const t0 = performance.now();
            pending.push(passwordLogin(url, clientId)
                .then(() => latencies.push(performance.now() - t0))
                .catch((error) => {
                    errors += 1;
                    const kind = error.status ?? (error.name === 'TimeoutError' ? 'timeout' : 'socket');
                    failures[kind] = (failures[kind] ?? 0) + 1;
                }));
        }
        await Promise.all(pending);
        const elapsed = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        console.log(`BENCH ${JSON.stringify({
            case: caseName, server, requests: latencies.length + errors, seconds: elapsed,
            rps: (latencies.length + errors) / elapsed, p50_ms: percentile(latencies, 50),
            p99_ms: percentile(latencies, 99), errors,
            error_kinds: Object.entries(failures).map(([kind, n]) => `${n}x ${kind}`).join(', '),
        })}`);
    },

    // The load of tests/server/tst_abuse, kept up while wrk measures the token endpoint (the
    // "abused" case): how fast a normal request is answered is measured here, not in the test. A
    // slow client that the server cuts off (its request timeout, spec section 5) is replaced, so
    // the load stays for the whole run.
    abusers: async ([port, slow, idle, seconds]) => {
        const health = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
        const slowHead = `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'s'.repeat(4000)}`;
        const open = (onConnect) => new Promise((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => { onConnect(socket); resolve(socket); });
            socket.on('error', () => {});
        });
        const sockets = [];
        const drips = [];
        let stopping = false;
        const dripper = (socket) => {
            let sent = 0;
            const timer = setInterval(() => {
                if (sent < slowHead.length) socket.write(slowHead[sent++]);
            }, 100);
            drips.push(timer);
            socket.on('close', () => {
                clearInterval(timer);
                if (!stopping) open(dripper).then((s) => sockets.push(s));
            });
        };
        for (let i = 0; i < Number(idle); i += 1) sockets.push(await open((s) => s.write(health)));
        for (let i = 0; i < Number(slow); i += 1) sockets.push(await open(dripper));
        console.log('ready');
        await new Promise((resolve) => setTimeout(resolve, Number(seconds) * 1000));
        stopping = true;
        drips.forEach(clearInterval);
        sockets.forEach((s) => s.destroy());
    },

    table: async ([resultsFile, markdownOut, rssKb, mode]) => {
        const results = readFileSync(resultsFile, 'utf8').split('\n').filter((l) => l.startsWith('BENCH '))
            .map((l) => JSON.parse(l.slice(6)));
        printTable(results, markdownOut, Number(rssKb), mode);
        const failed = results.filter((r) => r.errors > 0);
        if (failed.length > 0) {
            const names = failed.map((r) => `${r.case}/${r.server}: ${r.errors}`).join(', ');
            if (mode === 'quick') fail(`requests failed (${names})`);
            console.error(`bench: warning: requests failed (${names})`);
        }
    },
};

// The rows of the table, in order. `needs` names the peers that cannot run a case (footnote).
const CASES = [
    { id: 'anonymous-cc', title: 'anonymous client_credentials' },
    { id: 'integration-cc', title: 'integration client_credentials (Basic)' },
    { id: 'refresh', title: 'refresh_token, rotating' },
    { id: 'current-user', title: 'GET current_user/show' },
    { id: 'health', title: 'GET /health', only: ['authdesk', 'nginx'] },
    { id: 'mixed', title: 'mixed: anonymous flood' },
    { id: 'mixed-logins', title: 'mixed: password logins' },
    { id: 'abused', title: 'abused: anonymous, 200 slow + 700 idle clients open', only: ['authdesk'] },
];
const SERVERS = ['authdesk', 'nginx', 'oauth2-mock-server', 'node-oauth2-server'];
const NOTES = {
    nginx: 'nginx answers every request with the same static JSON body (`return 200`), the size of AuthDesk\'s anonymous token answer: the ceiling of the HTTP stack, not an OAuth server.',
    'oauth2-mock-server': 'oauth2-mock-server checks no client, password or refresh token (any value is accepted, nothing rotates) and has no current_user/show: n/a.',
    'node-oauth2-server': 'node-oauth2-server is express + @node-oauth/oauth2-server with an in-memory model (bench/peers/node-oauth-server.mjs): Ed25519 JWTs, scrypt passwords, rotating refresh tokens; it has no current_user/show: n/a.',
};

// Microseconds of the server's CPU (user + system, all its threads and worker processes) per
// request over the measured run; undefined for rows without it (the logins).
const cpuPerRequest = (r) => (r && r.server_cpu_s !== undefined && r.requests > 0 ? (r.server_cpu_s * 1e6) / r.requests : undefined);

const fmt = {
    cpu: (v) => (v === undefined ? '' : v.toFixed(1)),
    rps: (v) => Math.round(v).toLocaleString('en-US'),
    ms: (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1)),
    ratio: (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-'),
};

function printTable(results, markdownOut, rssKb, mode) {
    const find = (c, s) => results.find((r) => r.case === c && r.server === s);
    const header = ['case', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server CPU us/req', 'authdesk req/s ÷', 'authdesk p50 ÷', 'authdesk p99 ÷'];
    const rows = [];
    // The servers of this run (bench/run --no-peers leaves the npm peers out).
    const ran = SERVERS.filter((s) => results.some((r) => r.server === s));
    for (const c of CASES) {
        const ours = find(c.id, 'authdesk');
        for (const s of ran) {
            if (c.only && !c.only.includes(s)) continue;
            const r = find(c.id, s);
            if (!r) {
                if (c.id !== 'mixed-logins' || s !== 'nginx') rows.push([c.title, s, 'n/a', '', '', '', '', '', '', '']);
                continue;
            }
            const compare = ours && s !== 'authdesk';
            const errors = r.error_kinds ? `${r.errors} (${r.error_kinds})` : String(r.errors);
            rows.push([c.title, s, fmt.rps(r.rps), fmt.ms(r.p50_ms), fmt.ms(r.p99_ms), errors, fmt.cpu(cpuPerRequest(r)),
                compare ? fmt.ratio(ours.rps, r.rps) : '', compare ? fmt.ratio(ours.p50_ms, r.p50_ms) : '',
                compare ? fmt.ratio(ours.p99_ms, r.p99_ms) : '']);
        }
    }

    // Aligned for the terminal: numbers right, words left.
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const numeric = (i) => i >= 2;
    const line = (cells) => cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
    const text = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];

    const targets = checkTargets(find, rssKb);
    const rss = `authdesk peak RSS (VmHWM, whole run): ${(rssKb / 1024).toFixed(1)} MB`;
    const context = process.env.BENCH_CONTEXT ?? '';
    console.log(`\n${context}\n\n${text.join('\n')}\n\n${rss}`);
    if (mode !== 'quick') {
        for (const t of targets) console.log(`target: ${t.name}: ${t.measured} (${t.met ? 'met' : 'NOT met'})`);
    }

    const md = [
        `Measured ${context}.`,
        '',
        `| ${header.join(' | ')} |`,
        `|${header.map((_, i) => (numeric(i) ? '---:' : '---')).join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
        `${rss}.`,
        '',
        ...(mode === 'quick' ? ['(`--quick` run: a few seconds per case, figures not comparable.)', ''] : []),
        ...Object.entries(NOTES).filter(([s]) => ran.includes(s)).map(([, n]) => `- ${n}`),
        '- "authdesk X ÷": AuthDesk\'s figure divided by this server\'s. For req/s above 1 is better; for latencies below 1 is better.',
        '- "server CPU us/req": the server process\'s utime + stime (nginx: its workers\' too) over the measured run, divided by the requests it answered; it stays comparable when other work shares the machine and req/s does not. In the mixed run it includes the logins.',
        '- mixed: wrk floods anonymous client_credentials while a second process makes password logins at a steady rate; the logins row is that process.',
        '- GET /health: AuthDesk answers it after a database ping; the npm peers have no such route (AuthDesk and nginx only).',
        '- abused: wrk floods anonymous client_credentials while 200 clients send their request heads a byte every 100 ms and 700 keep-alive connections sit idle (AuthDesk only).',
        '',
        '| target | measured | verdict |',
        '|---|---|---|',
        ...targets.map((t) => `| ${t.name} | ${t.measured} | ${t.met ? 'met' : '**not met**'} |`),
        '',
    ];
    mkdirSync(dirname(markdownOut), { recursive: true });
    writeFileSync(markdownOut, md.join('\n'));
}

// The issue's targets (#15): { name, measured, met }.
function checkTargets(find, rssKb) {
    const out = [];
    const rps = (c, s) => find(c, s)?.rps;
    const fasterPeer = (c) => Math.max(rps(c, 'oauth2-mock-server') ?? 0, rps(c, 'node-oauth2-server') ?? 0);
    const ratioTarget = (name, a, b, goal) => {
        if (a && b) out.push({ name, measured: `${(a / b).toFixed(2)}x`, met: a / b >= goal });
    };
    const cpuTarget = (name, c, goal) => {
        const us = cpuPerRequest(find(c, 'authdesk'));
        if (us !== undefined) out.push({ name, measured: `${us.toFixed(1)} us`, met: us <= goal });
    };
    cpuTarget('anonymous cc <= 45 us server CPU per request', 'anonymous-cc', 45);
    cpuTarget('refresh_token <= 150 us server CPU per request', 'refresh', 150);
    cpuTarget('GET /health <= 20 us server CPU per request', 'health', 20);
    ratioTarget('anonymous cc >= 0.35x nginx', rps('anonymous-cc', 'authdesk'), rps('anonymous-cc', 'nginx'), 0.35);
    ratioTarget('anonymous cc >= 10x the faster npm peer', rps('anonymous-cc', 'authdesk'), fasterPeer('anonymous-cc'), 10);
    ratioTarget('refresh_token >= 3x the faster npm peer', rps('refresh', 'authdesk'), fasterPeer('refresh'), 3);
    ratioTarget('integration cc >= 2x the faster npm peer', rps('integration-cc', 'authdesk'), fasterPeer('integration-cc'), 2);
    const logins = find('mixed-logins', 'authdesk');
    if (logins) {
        out.push({ name: 'mixed-run logins p99 <= 500 ms, none refused',
            measured: `p99 ${fmt.ms(logins.p99_ms)} ms, ${logins.errors} failed`, met: logins.p99_ms <= 500 && logins.errors === 0 });
    }
    const mixed = find('mixed', 'authdesk');
    if (mixed) out.push({ name: 'mixed-run anonymous p99 < 10 ms', measured: `${fmt.ms(mixed.p99_ms)} ms`, met: mixed.p99_ms < 10 });
    const abused = find('abused', 'authdesk');
    if (abused) out.push({ name: 'anonymous p99 with slow and idle clients open < 100 ms', measured: `${fmt.ms(abused.p99_ms)} ms`, met: abused.p99_ms < 100 });
    out.push({ name: 'authdesk peak RSS under load < 80 MB', measured: `${(rssKb / 1024).toFixed(1)} MB`, met: rssKb / 1024 < 80 });
    return out;
}

if (!commands[command]) fail(`unknown command '${command ?? ''}'`);
await commands[command](args);
