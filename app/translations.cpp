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
    if (language == QLatin1String("en") || !available().contains(language))
        return;

    // Owned by the application object, so they live exactly as long as it does.
    auto *own = new QTranslator(qApp);
    if (own->load(QStringLiteral(":/i18n/authdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace authdesk
