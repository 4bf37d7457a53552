#pragma once

class QDialog;
class QLayout;
class QPushButton;
class QWidget;

namespace authdesk {

// The layout every "New …" dialog shares: its form, a note under it, and Cancel beside `create`,
// the default button (object name "create"), which accepts the dialog.
void layOutCreateDialog(QDialog *dialog, QLayout *form, QWidget *note, QPushButton *create);

} // namespace authdesk
