#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace authdesk {

// A reason kept language-neutral: the untranslated source text with its translation context and
// arguments. It is translated where it is shown, so a reason recorded by the English server reads in
// Finnish in a Finnish console and the other way round. The audit log keeps its reasons so, and so do
// the request log's decisions (TokenDecision, OAuthError), whose reasons are made on the server's
// network threads: building one there translates nothing and, for a reason without arguments, copies
// no text. Call sites mark the source with QT_TRANSLATE_NOOP (or QT_TRANSLATE_N_NOOP for %n) so lupdate
// still extracts it.
//
// An argument is either data (a name, an e-mail, a number: shown as it is in every language) or a
// reason of its own (a field's name, "yes", a part of a sentence), translated in turn when shown.
struct AuditReason
{
    // The translation context, e.g. "TestUserService", in UTF-8; empty: see composed().
    QByteArray context;
    // The English source text with %1..%99 (and %n when count is set), in UTF-8. The constructor keeps
    // a pointer to the caller's string literal rather than a copy of it.
    QByteArray source;
    QString data; // when verbatim: the text, shown as it is
    std::vector<AuditReason> arguments; // substituted for %1..%99
    std::optional<int> count; // substituted for %n, chooses the plural form
    bool verbatim = false; // data: a value, not text, never translated

    AuditReason() = default;
    // Data, shown as it is: implicit, so that a list of names reads { name, origin }.
    AuditReason(const QString &value); // NOLINT(google-explicit-constructor)
    // context and source must be string literals (QT_TRANSLATE_NOOP's): they are not copied.
    AuditReason(const char *context, const char *source, std::vector<AuditReason> arguments = {},
        std::optional<int> number = std::nullopt);

    // A pattern of punctuation that no language changes, such as "%1: %2 -> %3", around parts that are
    // translated each on their own.
    static AuditReason composed(const QString &pattern, std::vector<AuditReason> parts);
    // The parts one after the other with this separator between them, e.g. "; ".
    static AuditReason joined(const std::vector<AuditReason> &parts, const QString &separator);

    // No text at all: neither a source nor data.
    bool isEmpty() const { return source.isEmpty() && data.isEmpty() && arguments.empty(); }

    // The reason in English: what the audit_events.reason column, exports, the CLI and the request
    // log file keep.
    QString english() const;
    // The reason in the language of the installed translators (English without them).
    QString translated() const;

    // The same reason with every data argument (and data itself) cut to at most maxChars characters,
    // a cut marked with "…": what the request log keeps of a value a client sent.
    AuditReason bounded(qsizetype maxChars) const;
    // What the reason holds, in characters (its source and its data, arguments included): cheap, for
    // the request log's accounting.
    qsizetype size() const;

    // The translation key as stored in audit_events.reason_key; fromKey() returns nothing for an empty
    // or unreadable key (older rows), and the stored English text is shown instead. Data arguments are
    // JSON strings, translated ones objects of their own, so keys written before either existed still read.
    QString toKey() const;
    static std::optional<AuditReason> fromKey(const QString &key);

    bool operator==(const AuditReason &) const = default;
};

} // namespace authdesk
