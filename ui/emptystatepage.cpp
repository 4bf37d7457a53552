#include "ui/emptystatepage.h"

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
    m_heading->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setMaximumWidth(520);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
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
