#pragma once

#include <QString>

namespace authdesk {

class DatabaseSwitch;
class ServerControl;
class ServiceHub;

// What the console (MainWindow) is built from: the services (the same ones the HTTP server uses), the
// server's controls, and facts to show, such as where the key-encryption key lives. MainWindow hands
// each page only the services it uses; no page sees the whole hub.
struct ConsoleContext
{
    ServiceHub *services = nullptr;
    ServerControl *server = nullptr;
    QString keyLocation; // in plain words, e.g. "the key file /home/me/.local/share/AuthDesk/kek"
    QString actor; // the operator's name for the audit log
    DatabaseSwitch *database = nullptr; // File > Connect to PostgreSQL…; null: no such menu items
};

} // namespace authdesk
