#pragma once

#include <QList>
#include <QString>

class QSplitter;
class QTableView;

namespace authdesk {

// How the console's tables lay out their columns (issue #14): the columns that hold what the operator
// reads (an e-mail, a time, a client ID, a reason) are as wide as their contents; the other columns
// share what is left, cut with "…" (the whole text in the cell's tooltip), so that the table fits its
// width without a horizontal scroll bar; the last column takes the width that is left. The header's
// state (widths, order, sort column, hidden columns) is kept in QSettings under tables/<name>/header, so
// a table opens the way it was left; its context menu shows and hides columns.
namespace tableheader {

// Call after the view has its model (and its sorting switched on, if it sorts). Restores the saved
// state, if any, and saves each change. contentColumns are the key columns; when the last visible
// column is one, the others give way to its contents too. hiddenColumns start hidden (the header's
// context menu shows them) until the operator chooses otherwise.
void setUp(
    QTableView *view, const QString &name, const QList<int> &contentColumns, const QList<int> &hiddenColumns = {});

// The QSettings key of a table's header state.
QString settingsKey(const QString &name);

// The width the view needs to show its visible columns uncut, frame and vertical scroll bar included.
int neededWidth(const QTableView *view);

// For a table beside a detail pane: gives the table the splitter's width it needs (neededWidth) as
// its rows load and the window resizes, until the operator moves the splitter's handle.
void fitInSplitter(QSplitter *splitter, QTableView *view);

} // namespace tableheader
} // namespace authdesk
