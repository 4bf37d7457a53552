#include "ui/tableheader.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace authdesk::tableheader {

namespace {

// A column sized to its contents measures the rows in view and this many more, so a table of 100,000
// rows is measured as fast as one of 100.
constexpr int MeasuredRows = 200;

} // namespace

QString settingsKey(const QString &name)
{
    return QStringLiteral("tables/%1/header").arg(name);
}

void setUp(QTableView *view, const QString &name, const QList<int> &contentColumns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setObjectName(name + QStringLiteral("Header"));
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(MeasuredRows);
    header->setSectionsMovable(true);
    for (const int column : contentColumns)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    const QString key = settingsKey(name);
    if (const QByteArray state = QSettings().value(key).toByteArray(); !state.isEmpty()) {
        header->restoreState(state);
        // A state saved by an older build may lack a column's mode; the key columns stay fitted.
        for (const int column : contentColumns)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        // The rows follow the restored sort column.
        if (view->isSortingEnabled())
            view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    // A header fits its columns to the rows it has when the model is reset, not when rows arrive or
    // change; then the key columns are measured again, once per turn of the event loop.
    if (QAbstractItemModel *model = view->model()) {
        auto *refit = new QTimer(header);
        refit->setSingleShot(true);
        refit->setInterval(0);
        QObject::connect(refit, &QTimer::timeout, view, [view, contentColumns] {
            for (const int column : contentColumns)
                view->resizeColumnToContents(column);
        });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, refit, qOverload<>(&QTimer::start));
        QObject::connect(model, &QAbstractItemModel::dataChanged, refit, qOverload<>(&QTimer::start));
    }
    const auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, save);
}

} // namespace authdesk::tableheader
