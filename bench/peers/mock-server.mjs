// A peer for bench/run: oauth2-mock-server, started through its library API so that it signs with
// an Ed25519 key like AuthDesk (its CLI would generate RS256). It accepts any client, password and
// refresh token; its token endpoint is POST /token.
//   node mock-server.mjs [PORT]   prints "listening on http://127.0.0.1:PORT"
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('EdDSA');
await server.start(Number(process.argv[2] ?? '0'), '127.0.0.1');
console.log(`listening on http://127.0.0.1:${server.address().port}`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
