#pragma once

#include <QtGlobal>

namespace authdesk {

// Monotonic time in milliseconds, for deadlines and rates (timeouts, the rate limit, cache ages):
// unlike Clock it never jumps with the wall clock. Its origin is arbitrary but never 0, so 0 can
// mean "no deadline". Tests inject a ManualSteadyClock and advance it instead of sleeping.
// Implementations are thread-safe.
class SteadyClock
{
public:
    virtual ~SteadyClock() = default;
    virtual qint64 nowMs() const = 0;

    // The process's one SystemSteadyClock.
    static const SteadyClock &system();
};

class SystemSteadyClock final : public SteadyClock
{
public:
    qint64 nowMs() const override;
};

} // namespace authdesk
