#pragma once

#include "domain/faultrule.h"

#include <QFrame>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace authdesk {

class TestControls;

// Across the top of the window while the test kit's clock is moved: by how much, and a button back to
// the real time. Hidden while the clock shows the real time.
class ClockBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockBanner)

public:
    ClockBanner(TestControls &controls, QString actor, QWidget *parent = nullptr);

    QLabel *message() const { return m_message; }
    QPushButton *resetButton() const { return m_reset; }

private:
    void update(qint64 offsetSeconds);

    TestControls &m_controls;
    QString m_actor;
    QLabel *m_message;
    QPushButton *m_reset;
};

// The Test controls page: time travel (the clock offset) and fault rules (list, add, clear), the
// same as `authdesk clock` and `authdesk fault`, applied by every AuthDesk on the database.
class TestControlsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestControlsPage)

public:
    TestControlsPage(TestControls &controls, QString actor, QWidget *parent = nullptr);

    void reload();

    QLabel *clockLabel() const { return m_clockLabel; }
    QSpinBox *offsetEdit() const { return m_offset; }
    QPushButton *setClockButton() const { return m_setClock; }
    QPushButton *resetClockButton() const { return m_resetClock; }
    QComboBox *endpointBox() const { return m_endpoint; }
    QLineEdit *grantEdit() const { return m_grant; }
    QLineEdit *clientEdit() const { return m_client; }
    QComboBox *actionBox() const { return m_action; }
    QSpinBox *actionValueEdit() const { return m_actionValue; }
    QComboBox *limitBox() const { return m_limit; }
    QSpinBox *limitValueEdit() const { return m_limitValue; }
    QPushButton *addButton() const { return m_add; }
    QTableWidget *rulesTable() const { return m_rules; }
    QPushButton *clearSelectedButton() const { return m_clearSelected; }
    QPushButton *clearAllButton() const { return m_clearAll; }
    // The last error, empty after a success.
    QLabel *errorLabel() const { return m_error; }

private:
    // A rule in words: which requests it takes, and what they get.
    static QString requestsText(const FaultRule &rule);
    static QString faultText(const FaultRule &rule);
    void setClock(qint64 seconds);
    void addRule();
    void clear(bool selectedOnly);
    void updateActionValue();
    void showOffset(qint64 seconds);
    void showError(const QString &message);

    TestControls &m_controls;
    QString m_actor;
    QLabel *m_clockLabel;
    QSpinBox *m_offset;
    QPushButton *m_setClock;
    QPushButton *m_resetClock;
    QComboBox *m_endpoint;
    QLineEdit *m_grant;
    QLineEdit *m_client;
    QComboBox *m_action;
    QSpinBox *m_actionValue;
    QComboBox *m_limit;
    QSpinBox *m_limitValue;
    QPushButton *m_add;
    QTableWidget *m_rules;
    QPushButton *m_clearSelected;
    QPushButton *m_clearAll;
    QLabel *m_error;
};

} // namespace authdesk
