#include "domain/clock.h"

namespace authdesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace authdesk
