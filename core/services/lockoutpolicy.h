#pragma once

#include <QtGlobal>

namespace authdesk {

// Brute-force protection for the password grant (spec section 5): after `threshold` failures within
// `windowSeconds`, the user is locked for `lockSeconds`. The client's answer stays the same.
struct LockoutPolicy
{
    int threshold = 10;
    qint64 windowSeconds = 15 * 60;
    qint64 lockSeconds = 15 * 60;
};

} // namespace authdesk
