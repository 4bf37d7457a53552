#include "server/openfilelimit.h"

#include "server/serverlog.h"

#include <sys/resource.h>

namespace authdesk {

OpenFileLimit OpenFileLimit::current()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    return { static_cast<quint64>(limit.rlim_cur), static_cast<quint64>(limit.rlim_max) };
}

OpenFileLimit OpenFileLimit::raiseToHard()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            qCWarning(lcServer) << "cannot raise the open-file limit from" << quint64(before);
    }
    const OpenFileLimit now = current();
    if (now.soft < 1024 + 128) {
        qCWarning(lcServer) << "the open-file limit is" << now.soft
                            << "; AuthDesk allows 1024 connections and needs room for more (raise `ulimit -Hn`)";
    }
    return now;
}

} // namespace authdesk
