#pragma once

#include <QByteArray>
#include <QList>

// Fixed RSA-2048 private keys (PEM) for TestIdp. Generating a key takes a tenth of a second or more
// of CPU, and a fresh pair per test made the IdP suites slow; reading one of these takes microseconds.
QList<QByteArray> testIdpKeyPems();
