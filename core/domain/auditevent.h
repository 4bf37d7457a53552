#pragma once

#include "domain/auditreason.h"

#include <QDateTime>
#include <QString>

namespace authdesk {

// One line of the audit trail: an admin action or a security event. Never holds a secret.
struct AuditEvent
{
    enum class Kind { AdminAction, SecurityEvent };

    qint64 id = 0; // assigned by storage
    QDateTime at;
    Kind kind = Kind::AdminAction;
    QString actor; // who did it: an operator's name, "system", or a client ID
    QString action; // a stable machine name, e.g. "family.revoke", "refresh.reuse_detected"
    QString target; // what it was done to, e.g. a family or client ID
    QString reason; // in plain words, in English (exports and the CLI show this)
    std::optional<AuditReason> reasonKey; // the same reason, translatable; none on rows from before it

    // The reason in the reader's language where it can be translated, else the stored text.
    QString shownReason() const { return reasonKey ? reasonKey->translated() : reason; }
    // The target in the reader's language where it is words rather than an ID (user.create_many's
    // "3 test users"), else as stored.
    QString shownTarget() const;

    // user.create_many's target: how many users were created. Stored in English, as english() gives it.
    static AuditReason bulkCreateTarget(int count);

    static QString kindName(Kind kind);

    bool operator==(const AuditEvent &) const = default;
};

} // namespace authdesk
