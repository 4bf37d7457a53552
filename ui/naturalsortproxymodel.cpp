#include "ui/naturalsortproxymodel.h"

namespace authdesk {

NaturalSortProxyModel::NaturalSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The C locale's collator compares code points and ignores the numeric mode, and the console
    // runs in it when LANG=C; English rules sort the same letters, and numbers by value.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool NaturalSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace authdesk
