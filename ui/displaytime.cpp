#include "ui/displaytime.h"

namespace authdesk {

QString displayTime(const QDateTime &when)
{
    // QDateTime::toString() with a format is not localised, unlike QLocale::toString().
    return when.isValid() ? when.toLocalTime().toString(DisplayTimeFormat) : QString();
}

} // namespace authdesk
