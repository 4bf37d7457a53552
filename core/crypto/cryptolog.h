#pragma once

#include <QLoggingCategory>

// Never log a secret, a token, a password or key material through this (or any) category.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
