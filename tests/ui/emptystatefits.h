#pragma once

#include "ui/emptystatepage.h"

#include <QLabel>
#include <QTest>
#include <algorithm>

namespace authdesk {

// The empty state's sentence is shown whole (issue #14): at each width of the page, the word-wrapped
// label is at least as tall as its text needs at the width it was given.
inline void verifyEmptyStateFits(QWidget *page, EmptyStatePage *emptyState)
{
    for (const int wanted : { 1000, 700, 480, 360 }) {
        // As narrow as the page can be, if it cannot be as narrow as wanted.
        const int width = std::max(wanted, page->minimumSizeHint().width());
        page->resize(width, 600);
        QTRY_COMPARE(page->width(), width);
        QCoreApplication::processEvents();
        const QLabel *label = emptyState->explanationLabel();
        QVERIFY2(label->isVisible(), qPrintable(QString::number(width)));
        QVERIFY2(label->width() <= EmptyStatePage::MaximumTextWidth, qPrintable(QString::number(label->width())));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(QStringLiteral("page width %1: label %2x%3, needs height %4")
                           .arg(width)
                           .arg(label->width())
                           .arg(label->height())
                           .arg(label->heightForWidth(label->width()))));
    }
}

} // namespace authdesk
