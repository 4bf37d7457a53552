#pragma once

#include <QDateTime>

namespace authdesk {

// The one source of "now". Production code asks a Clock, so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace authdesk
