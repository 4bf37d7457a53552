#pragma once

namespace authdesk {

class HealthService;

// The services the HTTP front door calls. The server owns none of them.
struct ServerServices
{
    HealthService *health = nullptr;
};

} // namespace authdesk
