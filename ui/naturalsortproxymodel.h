#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace authdesk {

// Sorts text as people read it (issue #14): numbers by value, so user2 comes before user10, and
// letters by the locale's rules, case-insensitively. Other values (times, numbers) sort as
// QSortFilterProxyModel sorts them.
class NaturalSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NaturalSortProxyModel)

public:
    explicit NaturalSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace authdesk
