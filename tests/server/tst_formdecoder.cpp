// FormDecoder without a socket: check 5 of spec section 3 (body decoding) on the bodies clients
// send, well-formed or not.

#include "server/formdecoder.h"

#include <QTest>

using namespace authdesk;
using namespace Qt::StringLiterals;

namespace {

const QStringList Known { QStringLiteral("grant_type"), QStringLiteral("client_id") };

// The pairs as "name=value", for a readable comparison.
QStringList pairsOf(const DecodedForm &form)
{
    QStringList pairs;
    for (const auto &[name, value] : form.pairs)
        pairs << name + QLatin1Char('=') + value;
    return pairs;
}

QByteArray parameters(int count)
{
    QByteArrayList parts;
    for (int i = 0; i < count; ++i)
        parts << "p" + QByteArray::number(i) + "=" + QByteArray::number(i);
    return parts.join('&');
}

} // namespace

class TestFormDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void firstValueWins();
    void isFormContentType_data();
    void isFormContentType();
};

void TestFormDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("pairs"); // decoded, in order
    QTest::addColumn<QByteArray>("error"); // the error_description; empty: decoded

    const QByteArray badEncoding = "The request body is not valid form encoding.";
    const QByteArray forbidden = "The request body contains a forbidden character.";
    const QByteArray tooLong = "A parameter is too long.";

    QTest::newRow("empty") << QByteArray() << QStringList() << QByteArray();
    QTest::newRow("two pairs") << QByteArray("grant_type=password&client_id=abc")
                               << QStringList { u"grant_type=password"_s, u"client_id=abc"_s } << QByteArray();
    QTest::newRow("plus is a space") << QByteArray("a=x+y") << QStringList { u"a=x y"_s } << QByteArray();
    QTest::newRow("percent escapes") << QByteArray("a=%41%62%2B%26%3D") << QStringList { u"a=Ab+&="_s } << QByteArray();
    QTest::newRow("lower-case hex, UTF-8")
        << QByteArray("n%c3%a4me=J%C3%B6rg") << QStringList { u"n\u00e4me=J\u00f6rg"_s } << QByteArray();
    QTest::newRow("empty parts skipped") << QByteArray("&&a=1&") << QStringList { u"a=1"_s } << QByteArray();
    QTest::newRow("name without value") << QByteArray("flag&a=") << QStringList { u"flag="_s, u"a="_s } << QByteArray();
    QTest::newRow("equals in the value") << QByteArray("a=b=c") << QStringList { u"a=b=c"_s } << QByteArray();
    QTest::newRow("leading BOM kept") << QByteArray("%EF%BB%BFgrant_type=x") << QStringList { u"\ufeffgrant_type=x"_s }
                                      << QByteArray();
    QTest::newRow("two leading BOMs kept")
        << QByteArray("%EF%BB%BF%EF%BB%BFa=%EF%BB%BF") << QStringList { u"\ufeff\ufeffa=\ufeff"_s } << QByteArray();
    QTest::newRow("unknown name repeated")
        << QByteArray("x=1&x=2") << QStringList { u"x=1"_s, u"x=2"_s } << QByteArray();
    QTest::newRow("64 parameters") << parameters(64) << QStringList() << QByteArray();
    QTest::newRow("value of 4 KiB") << "a=" + QByteArray(4096, 'v') << QStringList() << QByteArray();

    QTest::newRow("known name repeated") << QByteArray("grant_type=password&grant_type=password") << QStringList()
                                         << QByteArray("A parameter is repeated.");
    QTest::newRow("65 parameters") << parameters(65) << QStringList()
                                   << QByteArray("The request has too many parameters.");
    QTest::newRow("bad escape") << QByteArray("a=%zz") << QStringList() << badEncoding;
    QTest::newRow("escape cut short") << QByteArray("a=%4") << QStringList() << badEncoding;
    QTest::newRow("bad escape in a name") << QByteArray("%g1=1") << QStringList() << badEncoding;
    QTest::newRow("invalid UTF-8") << QByteArray("a=%ff") << QStringList() << badEncoding;
    QTest::newRow("overlong UTF-8") << QByteArray("a=%C0%AF") << QStringList() << badEncoding;
    QTest::newRow("NUL") << QByteArray("a=%00") << QStringList() << forbidden;
    QTest::newRow("CR") << QByteArray("a=1%0D") << QStringList() << forbidden;
    QTest::newRow("LF in a name") << QByteArray("%0Aa=1") << QStringList() << forbidden;
    QTest::newRow("value over 4 KiB") << "a=" + QByteArray(4097, 'v') << QStringList() << tooLong;
    QTest::newRow("name over 4 KiB") << QByteArray(4097, 'n') + "=1" << QStringList() << tooLong;
    QTest::newRow("escaped value over 4 KiB") << "a=" + QByteArray("%C3%A4").repeated(2049) << QStringList() << tooLong;
    QTest::newRow("escapes over 12 KiB") << "a=" + QByteArray("%41").repeated(4097) << QStringList() << tooLong;
}

void TestFormDecoder::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pairs);
    QFETCH(QByteArray, error);

    const std::variant<DecodedForm, OAuthError> decoded = FormDecoder::decode(body, Known);
    if (!error.isEmpty()) {
        QVERIFY(std::holds_alternative<OAuthError>(decoded));
        const OAuthError &failure = std::get<OAuthError>(decoded);
        QCOMPARE(failure.code, OAuthError::Code::InvalidRequest);
        QCOMPARE(failure.description, error);
        QVERIFY(!failure.reason.isEmpty());
        return;
    }
    QVERIFY(std::holds_alternative<DecodedForm>(decoded));
    if (!pairs.isEmpty() || body.isEmpty())
        QCOMPARE(pairsOf(std::get<DecodedForm>(decoded)), pairs);
}

void TestFormDecoder::firstValueWins()
{
    const auto decoded = FormDecoder::decode("scope=a&scope=b&scope=c", Known);
    QVERIFY(std::holds_alternative<DecodedForm>(decoded));
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    QCOMPARE(form.values.value(QStringLiteral("scope")), QStringLiteral("a"));
    QCOMPARE(form.pairs.size(), 3);
}

void TestFormDecoder::isFormContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("form");

    QTest::newRow("plain") << QByteArray("application/x-www-form-urlencoded") << true;
    QTest::newRow("any case") << QByteArray("Application/X-WWW-Form-URLEncoded") << true;
    QTest::newRow("spaces around") << QByteArray(" application/x-www-form-urlencoded ") << true;
    QTest::newRow("charset UTF-8") << QByteArray("application/x-www-form-urlencoded; charset=UTF-8") << true;
    QTest::newRow("charset utf8 quoted") << QByteArray("application/x-www-form-urlencoded;charset=\"utf8\"") << true;
    QTest::newRow("empty parameter") << QByteArray("application/x-www-form-urlencoded;") << true;
    QTest::newRow("other parameter") << QByteArray("application/x-www-form-urlencoded; foo=bar") << true;
    QTest::newRow("charset latin1") << QByteArray("application/x-www-form-urlencoded; charset=ISO-8859-1") << false;
    QTest::newRow("JSON") << QByteArray("application/json") << false;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestFormDecoder::isFormContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, form);
    QCOMPARE(FormDecoder::isFormContentType(contentType), form);
}

QTEST_APPLESS_MAIN(TestFormDecoder)
#include "tst_formdecoder.moc"
