#include "services/serviceslog.h"

Q_LOGGING_CATEGORY(lcServices, "authdesk.services")
