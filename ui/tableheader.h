#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace authdesk {

// How the console's tables lay out their columns (issue #14): the columns that hold what the operator
// reads (an e-mail, a time, a client ID, a reason) are as wide as their contents, the last column takes
// the width that is left, and the header's state (widths, order, sort column) is kept in QSettings
// under tables/<name>/header, so a table opens the way it was left.
namespace tableheader {

// Call after the view has its model (and its sorting switched on, if it sorts). Restores the saved
// state, if any, and saves each change.
void setUp(QTableView *view, const QString &name, const QList<int> &contentColumns);

// The QSettings key of a table's header state.
QString settingsKey(const QString &name);

} // namespace tableheader
} // namespace authdesk
