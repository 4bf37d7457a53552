#include "tempdir.h"

namespace authdesk {

TempDir::TempDir() = default;

} // namespace authdesk
