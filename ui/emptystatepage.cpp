#include "ui/emptystatepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace authdesk {

EmptyStatePage::EmptyStatePage(const QString &heading, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(heading, this))
    , m_explanation(new QLabel(explanation, this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    // Each label sits between two stretches of a row, not in the column with an alignment flag: a
    // layout item with an alignment is given its size hint's height, which for a word-wrapped label
    // is the height of a wider text, so the text was clipped top and bottom. In a row, the layout
    // first settles the label's width (at most MaximumTextWidth) and then asks for its height at
    // that width.
    const auto centredRow = [](QLabel *label) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMaximumWidth(MaximumTextWidth);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(label, 1);
        row->addStretch();
        return row;
    };

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centredRow(m_heading));
    layout->addSpacing(8);
    layout->addLayout(centredRow(m_explanation));
    layout->addStretch();
}

QString EmptyStatePage::heading() const
{
    return m_heading->text();
}

QString EmptyStatePage::explanation() const
{
    return m_explanation->text();
}

} // namespace authdesk
