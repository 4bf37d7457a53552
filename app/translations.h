#pragma once

#include <QString>
#include <QStringList>

namespace authdesk {

// The console's languages: English built in, Finnish and German from translations/. The choice is
// remembered in QSettings ("language"); empty means "follow the system locale".
class Translations
{
public:
    static QStringList available(); // e.g. {"en", "fi", "de"}
    // Installs the translators for the chosen (or the system's) language on the running application.
    static void install();
};

} // namespace authdesk
