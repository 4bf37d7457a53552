#include "domain/steadyclock.h"

#include <chrono>

namespace authdesk {

qint64 SystemSteadyClock::nowMs() const
{
    using namespace std::chrono;
    // +1: steady_clock may start at 0 at boot, and 0 means "no deadline" to the callers.
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count() + 1;
}

const SteadyClock &SteadyClock::system()
{
    static const SystemSteadyClock clock;
    return clock;
}

} // namespace authdesk
