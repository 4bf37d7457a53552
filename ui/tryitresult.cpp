#include "ui/tryitresult.h"

#include "services/tokenresponse.h"
#include "ui/displaytime.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace authdesk {

namespace {

QString indented(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

QString TryItResult::withDates(const QString &text, const QJsonObject &claims)
{
    static const QStringList timeClaims { QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
        QStringLiteral("auth_time") };
    QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &name : timeClaims) {
        const QJsonValue value = claims.value(name);
        if (!value.isDouble())
            continue;
        const QString date = displayTime(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble())));
        // Only a top-level member: four spaces of indentation.
        const QRegularExpression line(QStringLiteral("^    \"%1\": -?[0-9]+,?$").arg(name));
        for (QString &candidate : lines) {
            if (line.match(candidate).hasMatch()) {
                candidate += QStringLiteral("  // ") + date;
                break;
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

TryItResult TryItResult::from(const TokenResult &result)
{
    TryItResult shown;
    if (const auto *error = std::get_if<OAuthError>(&result)) {
        shown.response = indented(tokenresponse::errorBody(*error));
        shown.outcome = tr("Refused (%1): %2")
                            .arg(QString::fromLatin1(OAuthError::codeName(error->code)), error->reason.translated());
        return shown;
    }
    const IssuedTokens &tokens = std::get<IssuedTokens>(result);
    shown.issued = true;
    shown.response = indented(tokenresponse::body(tokens));
    shown.outcome = tr("Issued: %1.").arg(tokens.reason.translated());
    if (const std::optional<tokenresponse::DecodedJwt> jwt = tokenresponse::decodeForDisplay(tokens.accessToken)) {
        shown.header = indented(jwt->header);
        shown.claims = indented(jwt->claims);
        shown.annotatedClaims = withDates(shown.claims, jwt->claims);
    }
    return shown;
}

} // namespace authdesk
