#include "crypto/cryptolog.h"

Q_LOGGING_CATEGORY(lcCrypto, "authdesk.crypto")
