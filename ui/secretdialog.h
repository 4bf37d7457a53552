#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <chrono>

class QLabel;
class QLineEdit;
class QPushButton;

namespace authdesk {

// Shows a new client secret the one time it exists in plain text: AuthDesk stores only its hash, so
// once this closes nobody can see it again. The client ID and the secret can be copied; a copied
// secret is wiped from the clipboard after a while unless something else was copied meanwhile.
// The only way out is the button that says the secret was stored, so it is not lost by a stray Esc.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    static constexpr std::chrono::milliseconds DefaultClipboardClearDelay = std::chrono::seconds(30);

    // previousSecretValidUntil: after a rotation, until when the old secret works (null: it stopped).
    SecretDialog(const QString &applicationName, const QString &clientId, const QByteArray &secret, bool rotated,
        const QDateTime &previousSecretValidUntil = {}, QWidget *parent = nullptr);

    // Test seam: how long a copied secret stays on the clipboard.
    static void setClipboardClearDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds clipboardClearDelay();
    // The width at which a line edit shows all of its text without scrolling.
    static int widthForWholeText(const QLineEdit *field);

    QPushButton *copyClientIdButton() const { return m_copyClientId; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *storedButton() const { return m_stored; }

public slots:
    // Esc and the window's close button do nothing: see the class comment.
    void reject() override;

private:
    void copySecret();

    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QPushButton *m_copyClientId;
    QPushButton *m_copySecret;
    QPushButton *m_stored;
    QLabel *m_copied;

    static std::chrono::milliseconds s_clipboardClearDelay;
};

} // namespace authdesk
