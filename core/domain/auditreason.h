#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace authdesk {

// The reason of an audit event, kept language-neutral: the untranslated source text with its translation
// context and arguments. The console translates it when it shows the event, so a reason recorded by the
// English server reads in Finnish in a Finnish console and the other way round. Call sites mark the
// source with QT_TRANSLATE_NOOP (or QT_TRANSLATE_N_NOOP for %n) so lupdate still extracts it.
//
// An argument is either data (a name, an e-mail, a number: shown as it is in every language) or a
// reason of its own (a field's name, "yes", a part of a sentence), translated in turn when shown.
struct AuditReason
{
    QString context; // the translation context, e.g. "TestUserService"; empty: see composed()
    QString source; // the English source text with %1..%99 (and %n when count is set); data: the text
    std::vector<AuditReason> arguments; // substituted for %1..%99
    std::optional<int> count; // substituted for %n, chooses the plural form
    bool verbatim = false; // data: a value, not text, never translated

    AuditReason() = default;
    // Data, shown as it is: implicit, so that a list of names reads { name, origin }.
    AuditReason(const QString &value); // NOLINT(google-explicit-constructor)
    AuditReason(const char *context, const char *source, std::vector<AuditReason> arguments = {},
        std::optional<int> number = std::nullopt);

    // A pattern of punctuation that no language changes, such as "%1: %2 -> %3", around parts that are
    // translated each on their own.
    static AuditReason composed(const QString &pattern, std::vector<AuditReason> parts);
    // The parts one after the other with this separator between them, e.g. "; ".
    static AuditReason joined(const std::vector<AuditReason> &parts, const QString &separator);

    // The reason in English: what the audit_events.reason column, exports and the CLI keep.
    QString english() const;
    // The reason in the language of the installed translators (English without them).
    QString translated() const;

    // The translation key as stored in audit_events.reason_key; fromKey() returns nothing for an empty
    // or unreadable key (older rows), and the stored English text is shown instead. Data arguments are
    // JSON strings, translated ones objects of their own, so keys written before either existed still read.
    QString toKey() const;
    static std::optional<AuditReason> fromKey(const QString &key);

    bool operator==(const AuditReason &) const = default;
};

} // namespace authdesk
