#pragma once

#include "domain/tokenfamily.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace authdesk {

// Which families a listing shows. Empty fields do not filter.
struct FamilyFilter
{
    QString userId;
    QString userEmailContains; // any case
    QString clientId;
    std::optional<TokenFamily::State> state; // evaluated at `now`
    QDateTime now;
};

} // namespace authdesk
