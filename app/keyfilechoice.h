#pragma once

#include "domain/error.h"

#include <QString>

namespace authdesk {

// The console without a usable OS keychain (issue #14): instead of quitting, it offers to keep the
// key-encryption key in kek.key in the data folder, the file scripts/run uses too, and remembers a yes.
class KeyFileChoice
{
public:
    static QString defaultPath();
    // The key file to use: --key-file, else the one chosen at an earlier start; empty: the keychain.
    static QString keyFileToUse(const QString &commandLineKeyFile);
    // Asks (NoKeychainDialog); on a yes creates the folder readable by this user only (KeyFile then
    // creates the file 0600) and remembers the choice. Returns the path, or empty: the operator quits.
    static QString offer(const Error &keychainError);
};

} // namespace authdesk
