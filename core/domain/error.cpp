#include "domain/error.h"

#include <utility>

namespace authdesk {

Error::Error(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
{
}

} // namespace authdesk
