// The JSON reader every plan, batch and rule book goes through: what it accepts, what it
// refuses and where it says the problem is, and numbers read exactly.
#include "core/interchange/inputfile.h"

#include <QTest>

using namespace shienplan;

class TestJsonTree : public QObject
{
    Q_OBJECT
private slots:
    void refusals_data();
    void refusals();
    void strings_data();
    void strings();
    void wholeNumbers_data();
    void wholeNumbers();
    void membersInWrittenOrder();
    void duplicateKeyInALargeObject();
    void deepNesting();
    void byteOrderMark();
    void valuesOfTheWrongType();
};

namespace
{
// What parseJson says of `text`: "" when it accepts it, else the whole message.
QString refusal(const QByteArray &text)
{
    try {
        parseJson(text);
    } catch (const InputError &e) {
        return e.toString();
    }
    return {};
}
} // namespace

void TestJsonTree::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); // the exact message, place first
    const auto row = [](const char *name, const QByteArray &text, const char *message) {
        QTest::newRow(name) << text << QString::fromUtf8(message);
    };
    row("missing comma", "{\n  \"a\": 1\n  \"b\": 2\n}",
        "line 3, column 3: invalid JSON: missing value separator (a comma)");
    row("trailing comma", "[1, 2,]", "line 1, column 7: invalid JSON: illegal value");
    row("leading zero", "[01]", "line 1, column 2: invalid JSON: illegal number");
    row("point without digits", "[1.]", "line 1, column 2: invalid JSON: illegal number");
    row("exponent without digits", "[1e]", "line 1, column 2: invalid JSON: illegal number");
    row("unterminated string", "{\"a\": \"abc",
        "line 1, column 7: invalid JSON: unterminated string");
    row("unterminated object", "{\"a\": 1", "line 1, column 1: invalid JSON: unterminated object");
    row("unterminated array", "[1, 2", "line 1, column 1: invalid JSON: unterminated array");
    row("missing colon", "{\"a\" 1}",
        "line 1, column 6: invalid JSON: missing name separator (a colon)");
    row("unquoted key", "{a: 1}",
        "line 1, column 2: invalid JSON: a member's name must be a string in quotes (\"name\")");
    row("garbage after", "{} x",
        "line 1, column 4: invalid JSON: garbage at the end of the document");
    row("only spaces", " \n ", "line 2, column 2: invalid JSON: the document is empty");
    row("comment", "{} // note",
        "line 1, column 4: invalid JSON: garbage at the end of the document");
    row("bad literal", "[tru]", "line 1, column 2: invalid JSON: illegal value");
    row("newline in a string", "[\"a\nb\"]",
        "line 1, column 4: invalid JSON: a control character in a string (write it as \\n, \\t "
        "or \\u00XX)");
    row("bad escape", "[\"a\\qb\"]", "line 1, column 4: invalid JSON: invalid escape sequence");
    row("short unicode escape", "[\"\\u12\"]",
        "line 1, column 3: invalid JSON: invalid escape sequence");
    row("lone high surrogate", "[\"\\ud83d x\"]",
        "line 1, column 3: invalid JSON: invalid escape sequence (a lone UTF-16 surrogate)");
    row("lone low surrogate", "[\"\\ude00\"]",
        "line 1, column 3: invalid JSON: invalid escape sequence (a lone UTF-16 surrogate)");
    row("invalid UTF-8", "[\"a\xff\"]",
        "line 1, column 4: invalid JSON: invalid UTF-8 in a string");
    row("overlong UTF-8", "[\"\xc0\xaf\"]",
        "line 1, column 3: invalid JSON: invalid UTF-8 in a string");
    row("encoded surrogate", "[\"\xed\xa0\x80\"]",
        "line 1, column 3: invalid JSON: invalid UTF-8 in a string");
    // The column counts characters: 高岡市 is three, not nine bytes.
    row("column after Japanese", "{\"name\": \"高岡市\" \"x\": 1}",
        "line 1, column 16: invalid JSON: missing value separator (a comma)");
    row("duplicate key", "{\"id\": 1,\n \"id\": 2}",
        "line 2, column 2: invalid JSON: duplicate key \"id\" in one object");
}

void TestJsonTree::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QCOMPARE(refusal(text), message);
}

void TestJsonTree::strings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("[\"ひきこもり支援\"]")
                           << QStringLiteral("ひきこもり支援");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b\\c\/d\b\f\n\r\t"])")
                             << QStringLiteral("a\"b\\c/d\b\f\n\r\t");
    QTest::newRow("unicode escape") << QByteArray(R"(["\u9ad8\u5CA1"])") << QStringLiteral("高岡");
    QTest::newRow("surrogate pair")
        << QByteArray(R"(["\ud83d\ude00!"])") << QString::fromUtf8("\xF0\x9F\x98\x80!");
    QTest::newRow("escape among Japanese")
        << QByteArray("[\"市\\n町\"]") << QStringLiteral("市\n町");
    QTest::newRow("empty") << QByteArray("[\"\"]") << QString();
}

void TestJsonTree::strings()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, value);
    const json::Tree tree = parseJson(text);
    const json::Value v = tree.root().toArray()[0];
    QVERIFY(v.isString());
    QCOMPARE(v.toString(), value);
}

void TestJsonTree::wholeNumbers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("shown"); // how a message quotes it
    const auto row = [](const char *n, bool whole, qint64 v, const char *shown) {
        QTest::newRow(n) << QByteArray(n) << whole << v << QString::fromLatin1(shown);
    };
    row("0", true, 0, "0");
    row("-0", true, 0, "0");
    row("14000000", true, 14000000, "14000000");
    row("1e3", true, 1000, "1e3");
    row("10.0e-1", true, 1, "10.0e-1");
    row("1.50E+1", true, 15, "1.50E+1");
    row("-2.5e1", true, -25, "-2.5e1");
    row("0.0", true, 0, "0.0");
    row("1.5", false, 0, "1.5");
    row("1e-1", false, 0, "1e-1");
    row("9223372036854775807", true, std::numeric_limits<qint64>::max(), "9223372036854775807");
    row("-9223372036854775808", true, std::numeric_limits<qint64>::min(), "-9223372036854775808");
    // One past the largest: kept as written, not rounded to a nearby value.
    row("9223372036854775808", false, 0, "9223372036854775808");
    row("9.223372036854775807e18", true, std::numeric_limits<qint64>::max(),
        "9.223372036854775807e18");
    // A double would make this 9007199254740992.
    row("9007199254740993.0", true, 9007199254740993LL, "9007199254740993.0");
    row("1e300", false, 0, "1e300");
    row("1e-999", false, 0, "1e-999");
    row("0e999999999999999999", true, 0, "0e999999999999999999");
    row("1.000000000000000000000000000000000000000000000", true, 1,
        "1.000000000000000000000000000000000000000000000");
}

void TestJsonTree::wholeNumbers()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, whole);
    QFETCH(qint64, value);
    QFETCH(QString, shown);
    const json::Tree tree = parseJson("[" + number + "]");
    const json::Value v = tree.root().toArray()[0];
    QVERIFY(v.isNumber());
    QCOMPARE(v.wholeNumber().has_value(), whole);
    if (whole)
        QCOMPARE(*v.wholeNumber(), value);
    QCOMPARE(v.numberText(), shown);
}

void TestJsonTree::membersInWrittenOrder()
{
    const json::Tree tree = parseJson(R"({"z": 1, "a": [true, null, {}], "m": "x"})");
    const json::Object o = tree.root().toObject();
    QStringList keys;
    for (auto it = o.begin(); it != o.end(); ++it)
        keys << it.key();
    QCOMPARE(keys, (QStringList { "z", "a", "m" }));
    const json::Array a = o.value("a").toArray();
    QCOMPARE(a.size(), 3);
    QVERIFY(a[0].toBool());
    QVERIFY(a[1].isNull());
    QVERIFY(a[2].isObject() && a[2].toObject().isEmpty());
    QVERIFY(a[3].isUndefined()); // past the end: nothing, never a crash
    QVERIFY(o.value("missing").isUndefined());
    QVERIFY(!o.contains("Z"));
}

// An object with many members is checked for a repeated key without comparing every pair: a
// repeat at the end of 100,000 members is found, and members with escaped names count too.
void TestJsonTree::duplicateKeyInALargeObject()
{
    QByteArray text = "{";
    for (int i = 0; i < 100000; ++i)
        text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    const QByteArray unique = text + "\"end\": 0}";
    const json::Tree tree = parseJson(unique);
    QCOMPARE(tree.root().toObject().size(), 100001);
    QCOMPARE(*tree.root().toObject().value("k99999").wholeNumber(), 99999);
    QVERIFY(refusal(text + "\"\\u006b5\": 0}").contains("duplicate key \"k5\""));
    // The same key in two sibling objects is not a repeat.
    QVERIFY(refusal("[{\"a\": 1}, {\"a\": 2}]").isEmpty());
}

void TestJsonTree::deepNesting()
{
    const QByteArray ok = QByteArray(500, '[') + QByteArray(500, ']');
    QVERIFY(refusal(ok).isEmpty());
    // A hostile file nested a million deep is refused, not a stack overflow.
    const QByteArray deep = QByteArray(1000000, '[') + QByteArray(1000000, ']');
    QVERIFY2(refusal(deep).endsWith("too deeply nested document"), qPrintable(refusal(deep)));
}

void TestJsonTree::byteOrderMark()
{
    const json::Tree tree = parseJson("\xEF\xBB\xBF{\"a\": 1}");
    QCOMPARE(*tree.root().toObject().value("a").wholeNumber(), 1);
    // Columns after a mark count from the first character after it.
    QCOMPARE(refusal("\xEF\xBB\xBF{x}"),
        QStringLiteral("line 1, column 2: invalid JSON: a member's name must be a string in quotes "
                       "(\"name\")"));
}

// The typed readers name the place and what was found instead.
void TestJsonTree::valuesOfTheWrongType()
{
    const json::Tree tree = parseJson(R"({"n": 1.5, "big": 1e30, "s": "x", "neg": -3})");
    const json::Object o = tree.root().toObject();
    const auto message = [](auto read) {
        try {
            read();
        } catch (const InputError &e) {
            return e.toString();
        }
        return QString();
    };
    QCOMPARE(message([&] { json::integer(o.value("n"), QStringLiteral("staff"), 0, 10); }),
        QStringLiteral("staff: must be a whole number, got 1.5"));
    QCOMPARE(message([&] { json::yen(o.value("big"), QStringLiteral("expenditure")); }),
        QStringLiteral("expenditure: must be a whole number of yen (no fractions, at most "
                       "9,223,372,036,854,775,807), got 1e30"));
    QCOMPARE(message([&] { json::yen(o.value("neg"), QStringLiteral("expenditure")); }),
        QStringLiteral("expenditure: must not be negative, got -3"));
    QCOMPARE(message([&] { json::yen(o.value("s"), QStringLiteral("expenditure")); }),
        QStringLiteral("expenditure: must be a whole number of yen, got a string"));
    QCOMPARE(message([&] { json::required(o, QStringLiteral("programs[0]"), "id"); }),
        QStringLiteral("programs[0].id: is missing"));
    QCOMPARE(message([&] { json::object(o.value("s"), QStringLiteral("body")); }),
        QStringLiteral("body: must be an object, got a string"));
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
