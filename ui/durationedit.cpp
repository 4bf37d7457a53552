#include "ui/durationedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>
#include <array>

namespace authdesk {

namespace {

constexpr std::array Units { DurationEdit::Seconds, DurationEdit::Minutes, DurationEdit::Hours, DurationEdit::Days };

} // namespace

qint64 DurationEdit::secondsPer(Unit unit)
{
    switch (unit) {
    case Seconds:
        return 1;
    case Minutes:
        return 60;
    case Hours:
        return 3600;
    case Days:
        return 86400;
    }
    Q_UNREACHABLE();
}

DurationEdit::DurationEdit(qint64 minimumSeconds, qint64 maximumSeconds, QWidget *parent)
    : QWidget(parent)
    , m_minimum(minimumSeconds)
    , m_maximum(maximumSeconds)
    , m_number(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setGroupSeparatorShown(true);
    m_number->setAccelerated(true);
    m_unit->setObjectName(QStringLiteral("unit"));
    for (const Unit unit : Units) {
        // The largest unit offered is the one the maximum still fills once.
        if (unit == Seconds || secondsPer(unit) <= m_maximum)
            m_unit->addItem(QString(), static_cast<int>(unit));
    }
    setFocusProxy(m_number);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);

    connect(m_number, &QSpinBox::valueChanged, this, [this] {
        updateUnitTexts();
        announce();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateRange();
        updateUnitTexts();
        announce();
    });
    updateRange();
    setSeconds(m_minimum);
}

DurationEdit::Unit DurationEdit::unit() const
{
    return static_cast<Unit>(m_unit->currentData().toInt());
}

qint64 DurationEdit::seconds() const
{
    return qint64(m_number->value()) * secondsPer(unit());
}

void DurationEdit::setSeconds(qint64 value)
{
    value = std::clamp(value, m_minimum, m_maximum);
    Unit best = Seconds;
    for (const Unit candidate : Units) {
        if (m_unit->findData(static_cast<int>(candidate)) >= 0 && value > 0 && value % secondsPer(candidate) == 0)
            best = candidate;
    }
    {
        const QSignalBlocker blockUnit(m_unit);
        const QSignalBlocker blockNumber(m_number);
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(best)));
        updateRange();
        m_number->setValue(static_cast<int>(value / secondsPer(best)));
        updateUnitTexts();
    }
    announce();
}

void DurationEdit::announce()
{
    if (seconds() == m_shown)
        return;
    m_shown = seconds();
    emit secondsChanged(m_shown);
}

void DurationEdit::setUnit(Unit unit)
{
    const int index = m_unit->findData(static_cast<int>(unit));
    if (index >= 0)
        m_unit->setCurrentIndex(index);
}

void DurationEdit::updateRange()
{
    const qint64 per = secondsPer(unit());
    // The smallest number of this unit that is not below the minimum, the largest not above the maximum.
    const qint64 low = (m_minimum + per - 1) / per;
    const qint64 high = std::max(low, m_maximum / per);
    m_number->setRange(static_cast<int>(low), static_cast<int>(high));
}

void DurationEdit::updateUnitTexts()
{
    // The units agree with the number: "1 hour", "2 hours", in every language's plural forms.
    const int n = m_number->value();
    for (int i = 0; i < m_unit->count(); ++i) {
        switch (static_cast<Unit>(m_unit->itemData(i).toInt())) {
        case Seconds:
            m_unit->setItemText(i, tr("second(s)", nullptr, n));
            break;
        case Minutes:
            m_unit->setItemText(i, tr("minute(s)", nullptr, n));
            break;
        case Hours:
            m_unit->setItemText(i, tr("hour(s)", nullptr, n));
            break;
        case Days:
            m_unit->setItemText(i, tr("day(s)", nullptr, n));
            break;
        }
    }
}

} // namespace authdesk
