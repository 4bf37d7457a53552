// The core headers plus the widgets the console's pages and dialogs are made of, for the targets
// that link Qt Widgets (cmake/AuthDeskBuildSpeed.cmake).
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
