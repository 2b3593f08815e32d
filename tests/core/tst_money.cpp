// Money must be exact: integer yen, exact fractions, and truncation to 1,000 yen as a named
// step. These rows are the cases that break floats and decimal floats.
#include "core/base/interval.h"
#include "core/base/money.h"
#include "core/engine/engine.h"

#include <QTest>
#include <boost/multiprecision/cpp_dec_float.hpp>

using namespace shienplan;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseFraction_data();
    void parseFraction();
    void formatYen_data();
    void formatYen();
    void truncation_data();
    void truncation();
    void decimalFloatTruncatesWrongly();
    void beyond64Bits();
    void parseYenBeyond64Bits();
    void splitAddsUpExactly_data();
    void splitAddsUpExactly();
    void intervals();
};

void TestMoney::parseFraction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("one half") << "1/2" << true << "1/2";
    QTest::newRow("three quarters") << "3/4" << true << "3/4";
    QTest::newRow("reduced 2/4") << "2/4" << true << "1/2";
    QTest::newRow("zero") << "0/1" << true << "0/1";
    QTest::newRow("one") << "4/4" << true << "1/1";
    QTest::newRow("decimal is not a fraction") << "0.25" << false << "";
    QTest::newRow("zero denominator") << "1/0" << false << "";
    QTest::newRow("negative") << "-1/2" << false << "";
    QTest::newRow("spaces") << "1 / 2" << false << "";
    QTest::newRow("two slashes") << "1/2/3" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("full-width digits") << "１/２" << false << "";
    // Leading zeros are decimal digits, not an octal prefix (the fuzzer's "0001…82/4" threw).
    QTest::newRow("leading zeros") << "010/20" << true << "1/2";
    QTest::newRow("leading zero before 8") << "08/16" << true << "1/2";
    QTest::newRow("zeros only") << "000/4" << true << "0/1";
    QTest::newRow("long with zeros")
        << "0000000000162465638149326838882/4" << true << "81232819074663419441/2";
}

void TestMoney::parseFraction()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const auto f = shienplan::parseFraction(text);
    QCOMPARE(f.has_value(), valid);
    if (valid)
        QCOMPARE(fractionToString(*f), normalised);
}

void TestMoney::formatYen_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("three digits") << "999"
                                  << "999";
    QTest::newRow("four digits") << "1000"
                                 << "1,000";
    QTest::newRow("station base") << "10000000"
                                  << "10,000,000";
    QTest::newRow("largest in 64 bits") << "9223372036854775807"
                                        << "9,223,372,036,854,775,807";
    QTest::newRow("one past 64 bits") << "9223372036854775808"
                                      << "9,223,372,036,854,775,808";
    QTest::newRow("past 64 bits") << "123456789012345678901234567890"
                                  << "123,456,789,012,345,678,901,234,567,890";
}

void TestMoney::formatYen()
{
    QFETCH(QString, digits);
    QFETCH(QString, grouped);
    QCOMPARE(shienplan::formatYen(*parseYen(digits)), grouped);
    // A negative amount (a difference that went below zero) keeps its sign before the digits.
    if (digits != u"0")
        QCOMPARE(shienplan::formatYen(-*parseYen(digits)), u'-' + grouped);
}

void TestMoney::truncation_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("expected");
    // floor(amount × rate / 1000) × 1000 on the exact product.
    QTest::newRow("toolchain 12,345,678 x 3/4") << "12345678"
                                                << "3/4"
                                                << "9259000";
    QTest::newRow("E1 support 2,500,000 x 1/2") << "2500000"
                                                << "1/2"
                                                << "1250000";
    QTest::newRow("odd half 10,500,001 x 1/2") << "10500001"
                                               << "1/2"
                                               << "5250000";
    QTest::newRow("exactly on the unit") << "2000"
                                         << "1/2"
                                         << "1000";
    QTest::newRow("just below the unit") << "1999"
                                         << "1/2"
                                         << "0";
    QTest::newRow("63/9 style: 9e15 x 7/9") << "9000000000000000"
                                            << "7/9"
                                            << "7000000000000000";
    QTest::newRow("thirds never round up") << "2999"
                                           << "1/3"
                                           << "0";
    QTest::newRow("thirds 3,000,000 x 1/3") << "3000000"
                                            << "1/3"
                                            << "1000000";
    QTest::newRow("3/4 of 1,333,333") << "1333333"
                                      << "3/4"
                                      << "999000";
    QTest::newRow("zero amount") << "0"
                                 << "1/2"
                                 << "0";
    QTest::newRow("past 64 bits x 1/2") << "36893488147419103232" /* 2^65 */ << "1/2"
                                        << "18446744073709551000";
}

void TestMoney::truncation()
{
    QFETCH(QString, amount);
    QFETCH(QString, rate);
    QFETCH(QString, expected);
    const Yen got
        = truncateProductToUnit(*parseYen(amount), *shienplan::parseFraction(rate), Yen(1000));
    QCOMPARE(yenToString(got), expected);
}

// The reason Yen is cpp_int and rates are cpp_rational: cpp_dec_float's division is not
// correctly rounded, so truncating 63/9 gives 6. Kept as expected failures so that a change of
// Boost that fixes it is noticed, while our exact path gives 7.
void TestMoney::decimalFloatTruncatesWrongly()
{
    using boost::multiprecision::cpp_dec_float_50;
    const cpp_dec_float_50 q = cpp_dec_float_50(63) / 9;
    QEXPECT_FAIL("", "cpp_dec_float_50(63)/9 truncates to 6 (toolchain.md §6)", Continue);
    QCOMPARE(static_cast<long>(boost::multiprecision::trunc(q)), 7L);
    QCOMPARE(multiplyFloor(Yen(63), Fraction(1, 9)), Yen(7));
    const Yen exact
        = truncateProductToUnit(Yen(9'000'000'000'000'000LL), Fraction(7, 9), Yen(1000));
    QCOMPARE(exact, Yen(7'000'000'000'000'000LL));
}

void TestMoney::beyond64Bits()
{
    const Yen big = Yen(1) << 70; // 1,180,591,620,717,411,303,424
    const Yen sum = big + big;
    QCOMPARE(yenToString(sum), QStringLiteral("2361183241434822606848"));
    QCOMPARE(multiplyFloor(sum, Fraction(1, 2)), big);
    const YenRange r = YenRange::exact(big) + YenRange::exact(big);
    QCOMPARE(*r.min, sum);
    QCOMPARE(formatThousandYen(big), QStringLiteral("1,180,591,620,717,411,303"));
}

void TestMoney::parseYenBeyond64Bits()
{
    const auto v = parseYen(u"99999999999999999999999");
    QVERIFY(v);
    QCOMPARE(yenToString(*v + 1), QStringLiteral("100000000000000000000000"));
    QVERIFY(!parseYen(u"12a"));
    QVERIFY(!parseYen(u"-5"));
    QVERIFY(!parseYen(u""));
}

void TestMoney::splitAddsUpExactly_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QStringList>("shares");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("halves of an even amount")
        << "1000" << QStringList { "1/2", "1/2" } << QStringList { "500", "500" };
    QTest::newRow("halves of an odd amount")
        << "1001" << QStringList { "1/2", "1/2" } << QStringList { "501", "500" };
    QTest::newRow("thirds of 100")
        << "100" << QStringList { "1/3", "1/3", "1/3" } << QStringList { "34", "33", "33" };
    QTest::newRow("largest remainder wins")
        << "10" << QStringList { "1/6", "5/6" } << QStringList { "2", "8" };
    QTest::newRow("population shares") << "2750000" << QStringList { "406/1000", "594/1000" }
                                       << QStringList { "1116500", "1633500" };
}

void TestMoney::splitAddsUpExactly()
{
    QFETCH(QString, amount);
    QFETCH(QStringList, shares);
    QFETCH(QStringList, parts);
    QList<Fraction> fs;
    for (const auto &s : shares)
        fs << *shienplan::parseFraction(s);
    const QList<Yen> got = splitByShares(*parseYen(amount), fs);
    Yen sum = 0;
    QStringList gotText;
    for (const auto &g : got) {
        sum += g;
        gotText << yenToString(g);
    }
    QCOMPARE(gotText, parts);
    QCOMPARE(yenToString(sum), amount);
}

void TestMoney::intervals()
{
    // An unknown standard amount: no lower bound, and the net cost bounds the adopted amount.
    const YenRange adopted = lowerOf(YenRange::unknown(), Yen(4'000'000));
    QVERIFY(!adopted.min);
    QCOMPARE(*adopted.max, Yen(4'000'000));
    const YenRange national
        = truncateProduct(adopted, FractionRange::exact(Fraction(1, 2)), Yen(1000));
    QVERIFY(!national.min);
    QCOMPARE(*national.max, Yen(2'000'000));
    // Local burden takes the ends crossed: the lowest burden goes with the highest subsidy.
    const YenRange local = remainderAfter(Yen(10'000'000), YenRange::between(5'000'000, 6'000'000),
        YenRange::between(1'000'000, 2'000'000));
    QCOMPARE(*local.min, Yen(2'000'000));
    QCOMPARE(*local.max, Yen(4'000'000));
    QCOMPARE(formatRange(YenRange::between(10'500'000, 13'000'000), u"ja"),
        QStringLiteral("10,500,000〜13,000,000円"));
    QCOMPARE(formatRange(national, u"ja"), QStringLiteral("2,000,000円以下"));
    QCOMPARE(formatRange(YenRange::unknown(), u"en"), QStringLiteral("unknown"));
    // A program that spends nothing gets nothing, even when its standard amount is unknown.
    QCOMPARE(lowerOf(YenRange::unknown(), Yen(0)), YenRange::exact(0));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
