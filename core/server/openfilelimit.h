#pragma once

#include <QtGlobal>

namespace authdesk {

// RLIMIT_NOFILE. With 1024 connections allowed, the default soft limit (often 1024) would make
// accept() fail with EMFILE, and Qt 6.4's QTcpServer then spins on it (pitfall 4 of the limits note).
struct OpenFileLimit
{
    quint64 soft = 0;
    quint64 hard = 0;

    static OpenFileLimit current();
    // Raises the soft limit to the hard limit, once at start; returns the limit now in force.
    static OpenFileLimit raiseToHard();
};

} // namespace authdesk
