#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace authdesk {

// The console's settings. For now the language: "System default" (follow the system locale),
// English, Suomi or Deutsch, remembered in QSettings "language" ("", "en", "fi", "de"). A choice is
// saved at once and used from the next start of AuthDesk, which the dialog says.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The QSettings key of the language, as app/translations.cpp reads it.
    static QString languageKey();

    QComboBox *languageBox() const { return m_language; }
    QLabel *restartNote() const { return m_restartNote; }

private:
    void languageChosen(int index);

    QComboBox *m_language;
    QLabel *m_restartNote;
};

} // namespace authdesk
