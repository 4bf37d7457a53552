#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace authdesk {

// The reason of an audit event, kept language-neutral: the untranslated source text with its translation
// context and arguments. The console translates it when it shows the event, so a reason recorded by the
// English server reads in Finnish in a Finnish console and the other way round. Call sites mark the
// source with QT_TRANSLATE_NOOP (or QT_TRANSLATE_N_NOOP for %n) so lupdate still extracts it.
struct AuditReason
{
    QString context; // the translation context, e.g. "TestUserService"
    QString source; // the English source text with %1..%9 (and %n when count is set)
    QStringList arguments; // substituted for %1..%9; data, not translated
    std::optional<int> count; // substituted for %n, chooses the plural form

    AuditReason() = default;
    AuditReason(
        const char *context, const char *source, QStringList arguments = {}, std::optional<int> number = std::nullopt);

    // The reason in English: what the audit_events.reason column, exports and the CLI keep.
    QString english() const;
    // The reason in the language of the installed translators (English without them).
    QString translated() const;

    // The translation key as stored in audit_events.reason_key; fromKey() returns nothing for an empty
    // or unreadable key (older rows), and the stored English text is shown instead.
    QString toKey() const;
    static std::optional<AuditReason> fromKey(const QString &key);

    bool operator==(const AuditReason &) const = default;
};

} // namespace authdesk
