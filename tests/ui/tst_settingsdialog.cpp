#include "ui/mainwindow.h"
#include "ui/restart.h"
#include "ui/settingsdialog.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace authdesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void offersEveryLanguageByItsOwnName();
    void showsTheStoredLanguage();
    void pickingALanguageStoresIt_data();
    void pickingALanguageStoresIt();
    void saysTheLanguageChangesOnRestart();
    void offersToRestartNow();
    void restartStartsTheSameCommand();
    void mainWindowOpensItWithCtrlComma();
    void operatorNameDefaultsToTheAccount();
};

void TestSettingsDialog::initTestCase()
{
    // Settings of a name of our own, under the private HOME the test runs with.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QSettings().clear();
}

void TestSettingsDialog::init()
{
    QSettings().remove(SettingsDialog::languageKey());
}

void TestSettingsDialog::operatorNameDefaultsToTheAccount()
{
    QSettings().remove(SettingsDialog::operatorNameKey());
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("operator")));
    QCOMPARE(SettingsDialog::operatorName(), account.isEmpty() ? QStringLiteral("operator") : account);

    SettingsDialog dialog;
    QLineEdit *name = dialog.operatorNameEdit();
    QVERIFY(name->text().isEmpty());
    QCOMPARE(name->placeholderText(), SettingsDialog::defaultOperatorName());
    QTest::keyClicks(name, QStringLiteral("Maria Support"));
    QCOMPARE(SettingsDialog::operatorName(), QStringLiteral("Maria Support"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("  "));
    QCOMPARE(SettingsDialog::operatorName(), SettingsDialog::defaultOperatorName()); // blank: the account again
    QSettings().remove(SettingsDialog::operatorNameKey());
}

void TestSettingsDialog::offersEveryLanguageByItsOwnName()
{
    const SettingsDialog dialog;
    QComboBox *box = dialog.languageBox();
    QStringList names;
    QStringList codes;
    for (int i = 0; i < box->count(); ++i) {
        names << box->itemText(i);
        codes << box->itemData(i).toString();
    }
    QCOMPARE(names,
        (QStringList { QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Suomi"),
            QStringLiteral("Deutsch") }));
    QCOMPARE(codes, (QStringList { QString(), QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("de") }));
    QCOMPARE(box->currentIndex(), 0); // nothing stored: follow the system
}

void TestSettingsDialog::showsTheStoredLanguage()
{
    QSettings().setValue(SettingsDialog::languageKey(), QStringLiteral("fi"));
    const SettingsDialog dialog;
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Suomi"));
}

void TestSettingsDialog::pickingALanguageStoresIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::addRow("German") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::addRow("Finnish") << QStringLiteral("Suomi") << QStringLiteral("fi");
    QTest::addRow("English") << QStringLiteral("English") << QStringLiteral("en");
    QTest::addRow("system") << QStringLiteral("System default") << QString();
}

void TestSettingsDialog::pickingALanguageStoresIt()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    // Start from another choice, so every row is a change.
    QSettings().setValue(
        SettingsDialog::languageKey(), stored == QLatin1String("de") ? QStringLiteral("fi") : QStringLiteral("de"));

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *box = dialog.languageBox();
    const int index = box->findText(name);
    QVERIFY(index >= 0);
    // As a user does it: focus the combo and pick the entry with the keyboard.
    box->setFocus();
    while (box->currentIndex() != index)
        QTest::keyClick(box, box->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);

    QVERIFY(QSettings().contains(SettingsDialog::languageKey()));
    QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), stored);
}

void TestSettingsDialog::saysTheLanguageChangesOnRestart()
{
    // The first dialog of the run takes the stored choice as the language in effect (none here).
    SettingsDialog dialog;
    QVERIFY(dialog.restartNote()->isHidden());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    QVERIFY(!dialog.restartNote()->isHidden());
    QVERIFY(dialog.restartNote()->text().contains(QLatin1String("restart")));
    dialog.languageBox()->setCurrentIndex(0); // back to the language in effect
    QVERIFY(dialog.restartNote()->isHidden());
}

void TestSettingsDialog::offersToRestartNow()
{
    int restarts = 0;
    SettingsDialog::setRestartForTest([&restarts] { ++restarts; });
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.restartButton()->isVisible());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fi")));
    QVERIFY(dialog.restartButton()->isVisible());
    QTest::mouseClick(dialog.restartButton(), Qt::LeftButton);
    QCOMPARE(restarts, 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    SettingsDialog::setRestartForTest({});
}

void TestSettingsDialog::restartStartsTheSameCommand()
{
    const restart::Command command = restart::currentCommand();
    QCOMPARE(command.program, QCoreApplication::applicationFilePath());
    QCOMPARE(command.arguments, QCoreApplication::arguments().mid(1));
}

void TestSettingsDialog::mainWindowOpensItWithCtrlComma()
{
    MainWindow window { ConsoleContext {} };
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    bool opened = false;
    whenModal<SettingsDialog>([&opened](SettingsDialog *dialog) {
        opened = true;
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(opened);
    QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("de"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
