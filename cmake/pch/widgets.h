// The core headers plus the widgets the console's pages and dialogs are made of, for the targets
// that link Qt Widgets (cmake/AuthDeskBuildSpeed.cmake).
// Careful: with <QApplication> in every unit, qApp means a QApplication even in code that runs
// under a QCoreApplication (`authdesk serve`); such code uses QCoreApplication::instance().
#pragma once

#include "core.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
