#pragma once

#include "services/testuserservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace authdesk {

// Asks how many test users to create and how to name them: "{n}" in the patterns becomes 1, 2, 3…
// All of them get the same password, which is what load and UI tests want.
class BulkCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCreateDialog)

public:
    static constexpr int MaxCount = 100000;

    explicit BulkCreateDialog(QWidget *parent = nullptr);

    QList<NewTestUser> users() const;
    // The pattern with {n} replaced, e.g. expand("user{n}@example.com", 7) is "user7@example.com".
    static QString expand(const QString &pattern, int n);

    QSpinBox *countBox() const { return m_count; }
    QLineEdit *emailPatternEdit() const { return m_emailPattern; }
    QLineEdit *displayNamePatternEdit() const { return m_displayNamePattern; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *createButton() const { return m_create; }

private:
    void updatePreview();

    QSpinBox *m_count;
    QLineEdit *m_emailPattern;
    QLineEdit *m_displayNamePattern;
    QLineEdit *m_password;
    QLabel *m_preview;
    QPushButton *m_create;
};

} // namespace authdesk
