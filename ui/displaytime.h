#pragma once

#include <QDateTime>
#include <QString>

namespace authdesk {

// The one format of a point in time in the console's tables and panes (issue #14): the local date and
// time to the second, e.g. 2026-12-06 17:25:03, the same in every language, so it is never ambiguous
// (6/12 or 12/6?) and times a few seconds apart can be told apart. Empty for an invalid time.
QString displayTime(const QDateTime &when);

inline constexpr QStringView DisplayTimeFormat = u"yyyy-MM-dd HH:mm:ss";

} // namespace authdesk
