#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace authdesk {

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("de") };
}

void Translations::install()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    // Dates and numbers follow the chosen language too, not only the words.
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    // English and any language without a translation read the source texts, through the English
    // plural forms ("%n second(s)" -> "1 second", "2 seconds"): authdesk_en.ts holds only those.
    const QString ownLanguage = available().contains(language) ? language : QStringLiteral("en");
    // Owned by the application object, so they live exactly as long as it does.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/authdesk_%1.qm").arg(ownLanguage)))
        QCoreApplication::installTranslator(own);
    if (ownLanguage == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace authdesk
