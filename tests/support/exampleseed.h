#pragma once

#include <QByteArray>

namespace authdesk {

// The spec's example seed (section 10): the applications and the user every ApiFixture starts with,
// and the fuzz target's database. Header-only, so the fuzz target needs no test library.
inline QByteArray exampleSeed()
{
    return QByteArrayLiteral(R"({
  "applications": [
    {"name": "Web shop", "type": "marketplace",
     "client_id": "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11", "client_secret": "optional-plain-secret",
     "grants": ["client_credentials", "password", "refresh_token", "token_exchange"],
     "access_token_ttl": 900, "refresh_token_ttl": 15552000, "refresh_grace": 30,
     "cors_origins": ["http://localhost:3000"]},
    {"name": "Nightly sync", "type": "integration",
     "client_id": "2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44", "client_secret": "another-plain-secret"}
  ],
  "users": [
    {"email": "joe@example.com", "password": "secret pass&=+", "display_name": "Joe Tester"}
  ]
})");
}

} // namespace authdesk
