#include "domain/tokenfamily.h"

namespace authdesk {

TokenFamily::State TokenFamily::state(const QDateTime &now) const
{
    if (reuseDetected)
        return State::ReuseDetected;
    if (revokedAt.isValid())
        return State::Revoked;
    if (expiresAt.isValid() && expiresAt <= now)
        return State::Expired;
    return State::Live;
}

} // namespace authdesk
