#pragma once

#include "domain/tokenfamily.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace authdesk {

// A family's place in a listing, which is newest first and then by id: where the next page starts.
struct FamilyCursor
{
    QDateTime createdAt;
    QString id;
};

// Which families a listing shows. Empty fields do not filter.
struct FamilyFilter
{
    QString userId;
    QString userEmailContains; // any case
    QString clientId;
    std::optional<TokenFamily::State> state; // evaluated at `now`
    QDateTime now;
    // Only the families listed after this one: paging by position, not by OFFSET, so a page deep in
    // a million families costs what the first does, and rows added meanwhile shift nothing.
    std::optional<FamilyCursor> after;
};

} // namespace authdesk
