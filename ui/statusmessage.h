#pragma once

#include <QString>

class QWidget;

namespace authdesk {

// A short confirmation in the status bar of the window that holds `from` (e.g. "Web shop saved."),
// gone after StatusMessageMs: the outcome of a save or a revocation is seen without a dialog to
// close (issue #14). Nothing happens when `from` is not in a main window.
void confirmInStatusBar(QWidget *from, const QString &text);

inline constexpr int StatusMessageMs = 5000;

} // namespace authdesk
