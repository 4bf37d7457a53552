#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;

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
    // The operator's name in the audit log: QSettings "operatorName", by default the OS account's.
    static QString operatorNameKey();
    static QString operatorName();
    static QString defaultOperatorName();

    QComboBox *languageBox() const { return m_language; }
    QLabel *restartNote() const { return m_restartNote; }
    // Shown with the note: quits and starts AuthDesk again at once, in the chosen language.
    QPushButton *restartButton() const { return m_restartNow; }

    // Test seam: what Restart now does instead of restarting the test.
    static void setRestartForTest(std::function<void()> restart);
    QLineEdit *operatorNameEdit() const { return m_operatorName; }

private:
    void languageChosen(int index);

    QComboBox *m_language;
    QLabel *m_restartNote;
    QPushButton *m_restartNow;
    QLineEdit *m_operatorName;
};

} // namespace authdesk
