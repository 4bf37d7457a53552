#pragma once

#include <QWidget>

class QLabel;

namespace authdesk {

// A page with nothing to show yet: a heading and a sentence that says what will be here and how to
// get it there.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &heading, const QString &explanation, QWidget *parent = nullptr);

    QString heading() const;
    QString explanation() const;
    QLabel *explanationLabel() const { return m_explanation; }

    // The sentence wraps at this width on a wide window, so its lines stay easy to read.
    static constexpr int MaximumTextWidth = 520;

private:
    QLabel *m_heading;
    QLabel *m_explanation;
};

} // namespace authdesk
