#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace authdesk {

// A length of time as a number and a unit (seconds, minutes, hours, days), instead of a raw number of
// seconds (issue #14). A value is shown in the largest unit that holds it exactly, so 2592000 s reads
// "30 days". Changing the unit keeps the number: 30 minutes becomes 30 hours.
class DurationEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationEdit)

public:
    enum Unit { Seconds, Minutes, Hours, Days };

    DurationEdit(qint64 minimumSeconds, qint64 maximumSeconds, QWidget *parent = nullptr);

    qint64 seconds() const;
    // Clamped to the range; shown in the largest unit that holds it exactly.
    void setSeconds(qint64 seconds);
    Unit unit() const;
    // Keeps the number, within the range of the new unit.
    void setUnit(Unit unit);

    QSpinBox *numberBox() const { return m_number; }
    QComboBox *unitBox() const { return m_unit; }

    static qint64 secondsPer(Unit unit);

signals:
    void secondsChanged(qint64 seconds);

private:
    void updateRange();
    void updateUnitTexts();

    // Emits secondsChanged when seconds() is no longer `shown`.
    void announce();

    qint64 m_minimum;
    qint64 m_shown = -1;
    qint64 m_maximum;
    QSpinBox *m_number;
    QComboBox *m_unit;
};

} // namespace authdesk
