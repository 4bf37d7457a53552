#include "ui/tableheader.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace authdesk::tableheader {

namespace {

// A column sized to its contents measures the rows in view and this many more, so a table of 100,000
// rows is measured as fast as one of 100.
constexpr int MeasuredRows = 200;

QString handSizedKey(const QString &name)
{
    return QStringLiteral("tables/%1/handSized").arg(name);
}

int contentWidth(const QTableView *view, int column)
{
    // QTableView makes sizeHintForColumn() protected; QAbstractItemView's is public.
    return std::max(static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column),
        view->horizontalHeader()->sectionSizeHint(column));
}

// Lays out one table's columns: key columns at their contents' width, the last one stretched, and the
// others sharing the rest, each as wide as its contents where there is room, else an equal share (never
// narrower than its header). Columns the operator sized by hand keep their width.
class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView *view, QString name, QList<int> keyColumns)
        : QObject(view->horizontalHeader())
        , m_view(view)
        , m_name(std::move(name))
        , m_keyColumns(std::move(keyColumns))
    {
        setObjectName(QStringLiteral("columnFitter"));
        for (const QVariant &column : QSettings().value(handSizedKey(m_name)).toList())
            m_handSized << column.toInt();
        // One layout per turn of the event loop, however many rows arrive or change meanwhile.
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        QHeaderView *header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, &ColumnFitter::sectionResized);
        if (QAbstractItemModel *model = view->model()) {
            for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
                connect(model, signal, this, &ColumnFitter::schedule);
            connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
            connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
            connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
        }
        m_viewport = view->viewport();
        m_viewport->installEventFilter(this);
        schedule();
    }

    void schedule() { m_timer.start(); }

    int lastVisibleColumn() const
    {
        const QHeaderView *header = m_view->horizontalHeader();
        for (int visual = header->count() - 1; visual >= 0; --visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                return logical;
        }
        return -1;
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (!m_view->model())
            return;
        const QScopedValueRollback fitting(m_fitting, true);
        const int last = lastVisibleColumn();
        int used = 0;
        QList<int> shared;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || column == last)
                continue;
            if (m_keyColumns.contains(column)) {
                // A header fits a column to its rows when the model is reset, not when rows arrive.
                m_view->resizeColumnToContents(column);
                used += header->sectionSize(column);
            } else if (m_handSized.contains(column)) {
                used += header->sectionSize(column);
            } else {
                shared << column;
            }
        }
        int left = m_view->viewport()->width() - used;
        // Where even that does not fit (long headers, in Finnish or German), a minor column may cut its
        // header and keep a few characters: better than scrolling sideways.
        m_tight = false;
        int readable = 0;
        for (const int column : std::as_const(shared))
            readable += readableWidth(column);
        if (last >= 0 && !m_keyColumns.contains(last))
            readable += readableWidth(last);
        m_tight = readable > left;
        // The last column stretches over what is left. A key one (a reason) first takes its contents'
        // width, but for what the minor columns need to stay readable; a minor one shares with them.
        if (last >= 0 && m_keyColumns.contains(last)) {
            int minimums = 0;
            for (const int column : std::as_const(shared))
                minimums += readableWidth(column);
            left -= std::min(contentWidth(m_view, last), std::max(0, left - minimums));
        } else if (last >= 0) {
            shared << last;
        }
        // The narrowest first, so that what a short column does not need goes to the longer ones.
        QList<QPair<int, int>> wanted; // natural width, column
        for (const int column : std::as_const(shared))
            wanted.append({ contentWidth(m_view, column), column });
        std::sort(wanted.begin(), wanted.end());
        // What the columns after each one need at least, so that no one takes what another's header needs.
        QList<int> after(wanted.size() + 1, 0);
        for (qsizetype i = wanted.size() - 1; i >= 0; --i)
            after[i] = after[i + 1] + readableWidth(wanted.at(i).second);
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const auto [natural, column] = wanted.at(i);
            const int share = std::min(std::max(0, left) / static_cast<int>(wanted.size() - i), left - after[i + 1]);
            const int width = std::max(readableWidth(column), std::min(natural, share));
            if (column != last)
                header->resizeSection(column, width);
            left -= width;
        }
    }

    // How narrow a minor column may become: its header, and a dozen characters of its contents; when
    // room is tight, half a dozen characters.
    int readableWidth(int column) const
    {
        const int characters = m_view->fontMetrics().averageCharWidth();
        if (m_tight)
            return std::min(contentWidth(m_view, column), 6 * characters);
        return std::min(contentWidth(m_view, column),
            std::max(m_view->horizontalHeader()->sectionSizeHint(column), 12 * characters));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The viewport kept from the start, not m_view->viewport(): while the view is destroyed its
        // children still send events, and m_view is then no longer a QAbstractScrollArea (UBSan).
        if (watched == m_viewport) {
            if (event->type() == QEvent::Resize)
                schedule();
            else if (event->type() == QEvent::ToolTip)
                return showCutText(static_cast<QHelpEvent *>(event));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // A cell whose text is cut shows the whole of it as its tooltip, where the model has none of its own.
    bool showCutText(QHelpEvent *event) const
    {
        const QModelIndex index = m_view->indexAt(event->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        // The margin a style leaves on either side of a cell's text.
        const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
        if (text.isEmpty() || m_view->fontMetrics().horizontalAdvance(text) + margin <= cell.width()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(event->globalPos(), text, m_view->viewport(), cell);
        return true;
    }

    void sectionResized(int column, int oldSize, int newSize)
    {
        QHeaderView *header = m_view->horizontalHeader();
        // Hiding or showing a column (a size of 0), a key column or the stretched one: a layout to
        // redo, not the operator's choice of width.
        if (m_fitting || oldSize == 0 || newSize == 0 || header->sectionResizeMode(column) != QHeaderView::Interactive
            || column == lastVisibleColumn()) {
            if (!m_fitting)
                schedule();
            return;
        }
        if (!m_handSized.contains(column)) {
            m_handSized << column;
            QVariantList columns;
            for (const int handSized : std::as_const(m_handSized))
                columns << handSized;
            QSettings().setValue(handSizedKey(m_name), columns);
        }
        schedule();
    }

    QTableView *m_view;
    QObject *m_viewport = nullptr;
    QString m_name;
    QList<int> m_keyColumns;
    QList<int> m_handSized;
    QTimer m_timer;
    bool m_fitting = false;
    bool m_tight = false; // readableWidth() in a table whose minor columns cannot all show their headers
};

// Starts a timer when the widget it watches lays itself out again.
class LayoutWatcher final : public QObject
{
public:
    explicit LayoutWatcher(QTimer *timer)
        : QObject(timer)
        , m_timer(timer)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            m_timer->start();
        return QObject::eventFilter(watched, event);
    }

private:
    QTimer *m_timer;
};

// The width below which a widget cuts its contents or scrolls sideways: for a scroll area, its
// contents' (a detail pane in a QScrollArea reports a small minimum of its own).
int minimumWidth(const QWidget *widget)
{
    const auto *area = qobject_cast<const QScrollArea *>(widget);
    if (!area || !area->widget())
        return widget->minimumSizeHint().width();
    // Room for the vertical scroll bar whether it shows now or not: a taller page (another selection)
    // brings it in.
    const int bar = area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
        ? 0
        : area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area->verticalScrollBar());
    return area->widget()->minimumSizeHint().width() + 2 * area->frameWidth() + bar;
}

// Right-click on the header: every column, ticked when shown. The last column shown cannot go.
void offerColumns(QTableView *view, const QPoint &at)
{
    QHeaderView *header = view->horizontalHeader();
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QMenu menu(header);
    int shown = 0;
    for (int column = 0; column < header->count(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        QObject::connect(action, &QAction::toggled, header,
            [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace

QString settingsKey(const QString &name)
{
    return QStringLiteral("tables/%1/header").arg(name);
}

void setUp(QTableView *view, const QString &name, const QList<int> &contentColumns, const QList<int> &hiddenColumns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setObjectName(name + QStringLiteral("Header"));
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(MeasuredRows);
    header->setSectionsMovable(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
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
    } else {
        for (const int column : hiddenColumns)
            header->setSectionHidden(column, true);
    }
    new ColumnFitter(view, name, contentColumns);

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, view, [view](const QPoint &at) { offerColumns(view, at); });
    const auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, save);
}

int neededWidth(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    int width = 2 * view->frameWidth();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            width += contentWidth(view, column);
    }
    if (view->verticalScrollBar()->isVisible())
        width += view->verticalScrollBar()->width();
    return width;
}

void fitInSplitter(QSplitter *splitter, QTableView *view)
{
    const int index = splitter->indexOf(view);
    if (index < 0)
        return;
    auto *timer = new QTimer(splitter);
    timer->setSingleShot(true);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, splitter, [splitter, view, index] {
        QList<int> sizes = splitter->sizes();
        const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
        if (total <= 0 || sizes.size() != 2)
            return;
        const int wanted = std::min(neededWidth(view), total - minimumWidth(splitter->widget(1 - index)));
        if (wanted <= 0 || sizes.at(index) == wanted)
            return;
        sizes[index] = wanted;
        sizes[1 - index] = total - wanted;
        splitter->setSizes(sizes);
    });
    const auto schedule = [timer] { timer->start(); };
    if (QAbstractItemModel *model = view->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, timer, schedule);
    }
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, timer, schedule);
    // The other side's minimum changes with what it shows (a marketplace application's longer form).
    QWidget *other = splitter->widget(1 - index);
    if (auto *area = qobject_cast<QScrollArea *>(other); area && area->widget())
        other = area->widget();
    other->installEventFilter(new LayoutWatcher(timer));
    // The operator's choice stands from the first move of the handle on.
    QObject::connect(splitter, &QSplitter::splitterMoved, timer, [timer] {
        timer->disconnect();
        timer->deleteLater();
    });
}

} // namespace authdesk::tableheader
