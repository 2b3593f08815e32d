#include "core/registry/registry.h"

#include <QSet>
#include <QStringList>
#include <QtTest>

using namespace shienplan;

namespace
{

QStringList codesOf(const QList<const LocalBody *> &bodies)
{
    QStringList codes;
    for (const LocalBody *body : bodies)
        codes.append(body->code);
    return codes;
}

QStringList namesOfKind(const Registry &registry, BodyKind kind)
{
    QStringList names;
    for (const LocalBody &body : registry.all()) {
        if (body.kind == kind)
            names.append(body.name);
    }
    return names;
}

const char *const kMinimalCsv = "code,name,kana,kind,prefecture_code\n"
                                "160008,富山県,とやまけん,prefecture,160008\n"
                                "162019,富山市,とやまし,core_city,160008\n"
                                "162027,高岡市,たかおかし,city,160008\n";

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void counts();
    void designatedCities();
    void coreCities();
    void specialWards();
    void codesValidAndUnique();
    void fileOrder();

    void checkDigit_data();
    void checkDigit();

    void knownBodies_data();
    void knownBodies();
    void unknownCodes_data();
    void unknownCodes();
    void fiveDigitCodes();

    void findByName_data();
    void findByName();
    void prefectureOf();
    void municipalitiesOf();

    void searchKana();
    void searchCodePrefix();
    void searchNameSubstring();
    void searchRanking();
    void searchLimitAndEmpty();

    void fromCsvAcceptsValid();
    void fromCsvRejects_data();
    void fromCsvRejects();

private:
    const Registry &reg() const { return Registry::bundled(); }
};

void TestRegistry::initTestCase()
{
    QVERIFY2(!reg().all().isEmpty(),
        "bundled registry is empty (see the warning above): is resources/registry/local_bodies.csv "
        "compiled in as :/registry/local_bodies.csv, and does it parse?");
}

void TestRegistry::counts()
{
    const Registry &r = reg();
    QCOMPARE(r.count(BodyKind::Prefecture), 47);
    QCOMPARE(r.all().size() - r.count(BodyKind::Prefecture), 1741);
    QCOMPARE(r.all().size(), 1788);

    QCOMPARE(r.count(BodyKind::DesignatedCity), 20);
    QCOMPARE(r.count(BodyKind::CoreCity), 62);
    QCOMPARE(r.count(BodyKind::City), 710);
    QCOMPARE(r.count(BodyKind::Town), 743);
    QCOMPARE(r.count(BodyKind::Village), 183);
    QCOMPARE(r.count(BodyKind::SpecialWard), 23);

    // 792 市 in total, including designated and core cities.
    QCOMPARE(
        r.count(BodyKind::DesignatedCity) + r.count(BodyKind::CoreCity) + r.count(BodyKind::City),
        792);
    QCOMPARE(
        792 + r.count(BodyKind::Town) + r.count(BodyKind::Village) + r.count(BodyKind::SpecialWard),
        1741);

    // Name endings agree with the kinds.
    for (const LocalBody &body : r.all()) {
        switch (body.kind) {
        case BodyKind::DesignatedCity:
        case BodyKind::CoreCity:
        case BodyKind::City:
            QVERIFY2(body.name.endsWith(u'市'), qPrintable(body.code + body.name));
            break;
        case BodyKind::Town:
            QVERIFY2(body.name.endsWith(u'町'), qPrintable(body.code + body.name));
            break;
        case BodyKind::Village:
            QVERIFY2(body.name.endsWith(u'村'), qPrintable(body.code + body.name));
            break;
        case BodyKind::SpecialWard:
            QVERIFY2(body.name.endsWith(u'区'), qPrintable(body.code + body.name));
            break;
        case BodyKind::Prefecture:
            QVERIFY2(body.name.endsWith(u'都') || body.name.endsWith(u'道')
                    || body.name.endsWith(u'府') || body.name.endsWith(u'県'),
                qPrintable(body.code + body.name));
            break;
        }
    }
}

void TestRegistry::designatedCities()
{
    const QStringList expected = {
        QStringLiteral("札幌市"),
        QStringLiteral("仙台市"),
        QStringLiteral("さいたま市"),
        QStringLiteral("千葉市"),
        QStringLiteral("横浜市"),
        QStringLiteral("川崎市"),
        QStringLiteral("相模原市"),
        QStringLiteral("新潟市"),
        QStringLiteral("静岡市"),
        QStringLiteral("浜松市"),
        QStringLiteral("名古屋市"),
        QStringLiteral("京都市"),
        QStringLiteral("大阪市"),
        QStringLiteral("堺市"),
        QStringLiteral("神戸市"),
        QStringLiteral("岡山市"),
        QStringLiteral("広島市"),
        QStringLiteral("北九州市"),
        QStringLiteral("福岡市"),
        QStringLiteral("熊本市"),
    };
    // In code order, which is the order above.
    QCOMPARE(namesOfKind(reg(), BodyKind::DesignatedCity), expected);
}

void TestRegistry::coreCities()
{
    // 中核市 as of 2024-04-01, by prefecture.
    const QList<QPair<QString, QStringList>> expected = {
        { QStringLiteral("北海道"), { QStringLiteral("旭川市"), QStringLiteral("函館市") } },
        { QStringLiteral("青森県"), { QStringLiteral("青森市"), QStringLiteral("八戸市") } },
        { QStringLiteral("岩手県"), { QStringLiteral("盛岡市") } },
        { QStringLiteral("秋田県"), { QStringLiteral("秋田市") } },
        { QStringLiteral("山形県"), { QStringLiteral("山形市") } },
        { QStringLiteral("福島県"),
            { QStringLiteral("福島市"), QStringLiteral("郡山市"), QStringLiteral("いわき市") } },
        { QStringLiteral("茨城県"), { QStringLiteral("水戸市") } },
        { QStringLiteral("栃木県"), { QStringLiteral("宇都宮市") } },
        { QStringLiteral("群馬県"), { QStringLiteral("前橋市"), QStringLiteral("高崎市") } },
        { QStringLiteral("埼玉県"),
            { QStringLiteral("川越市"), QStringLiteral("川口市"), QStringLiteral("越谷市") } },
        { QStringLiteral("千葉県"), { QStringLiteral("船橋市"), QStringLiteral("柏市") } },
        { QStringLiteral("東京都"), { QStringLiteral("八王子市") } },
        { QStringLiteral("神奈川県"), { QStringLiteral("横須賀市") } },
        { QStringLiteral("富山県"), { QStringLiteral("富山市") } },
        { QStringLiteral("石川県"), { QStringLiteral("金沢市") } },
        { QStringLiteral("福井県"), { QStringLiteral("福井市") } },
        { QStringLiteral("山梨県"), { QStringLiteral("甲府市") } },
        { QStringLiteral("長野県"), { QStringLiteral("長野市"), QStringLiteral("松本市") } },
        { QStringLiteral("岐阜県"), { QStringLiteral("岐阜市") } },
        { QStringLiteral("愛知県"),
            { QStringLiteral("豊橋市"), QStringLiteral("岡崎市"), QStringLiteral("豊田市"),
                QStringLiteral("一宮市") } },
        { QStringLiteral("滋賀県"), { QStringLiteral("大津市") } },
        { QStringLiteral("大阪府"),
            { QStringLiteral("豊中市"), QStringLiteral("吹田市"), QStringLiteral("高槻市"),
                QStringLiteral("枚方市"), QStringLiteral("八尾市"), QStringLiteral("寝屋川市"),
                QStringLiteral("東大阪市") } },
        { QStringLiteral("兵庫県"),
            { QStringLiteral("姫路市"), QStringLiteral("尼崎市"), QStringLiteral("明石市"),
                QStringLiteral("西宮市") } },
        { QStringLiteral("奈良県"), { QStringLiteral("奈良市") } },
        { QStringLiteral("和歌山県"), { QStringLiteral("和歌山市") } },
        { QStringLiteral("鳥取県"), { QStringLiteral("鳥取市") } },
        { QStringLiteral("島根県"), { QStringLiteral("松江市") } },
        { QStringLiteral("岡山県"), { QStringLiteral("倉敷市") } },
        { QStringLiteral("広島県"), { QStringLiteral("呉市"), QStringLiteral("福山市") } },
        { QStringLiteral("山口県"), { QStringLiteral("下関市") } },
        { QStringLiteral("香川県"), { QStringLiteral("高松市") } },
        { QStringLiteral("愛媛県"), { QStringLiteral("松山市") } },
        { QStringLiteral("高知県"), { QStringLiteral("高知市") } },
        { QStringLiteral("福岡県"), { QStringLiteral("久留米市") } },
        { QStringLiteral("長崎県"), { QStringLiteral("長崎市"), QStringLiteral("佐世保市") } },
        { QStringLiteral("大分県"), { QStringLiteral("大分市") } },
        { QStringLiteral("宮崎県"), { QStringLiteral("宮崎市") } },
        { QStringLiteral("鹿児島県"), { QStringLiteral("鹿児島市") } },
        { QStringLiteral("沖縄県"), { QStringLiteral("那覇市") } },
    };
    int total = 0;
    for (const auto &entry : expected) {
        for (const QString &name : entry.second) {
            const LocalBody *body = reg().findByName(entry.first, name);
            QVERIFY2(body,
                qPrintable(entry.first + QLatin1Char(' ') + name + QStringLiteral(" not found")));
            QVERIFY2(body->kind == BodyKind::CoreCity,
                qPrintable(body->code + body->name + QStringLiteral(" is not a core city")));
            ++total;
        }
    }
    QCOMPARE(total, 62);
    QCOMPARE(reg().count(BodyKind::CoreCity), total);
}

void TestRegistry::specialWards()
{
    QStringList codes;
    for (const LocalBody &body : reg().all()) {
        if (body.kind != BodyKind::SpecialWard)
            continue;
        codes.append(body.code);
        QCOMPARE(body.prefectureCode, QStringLiteral("130001"));
        QVERIFY(body.code >= QStringLiteral("131016") && body.code <= QStringLiteral("131237"));
    }
    QCOMPARE(codes.size(), 23);
    QCOMPARE(codes.constFirst(), QStringLiteral("131016")); // 千代田区
    QCOMPARE(codes.constLast(), QStringLiteral("131237")); // 江戸川区
}

void TestRegistry::codesValidAndUnique()
{
    QSet<QString> seen;
    for (const LocalBody &body : reg().all()) {
        QVERIFY2(Registry::checkDigitValid(body.code), qPrintable(body.code + body.name));
        QVERIFY2(!seen.contains(body.code), qPrintable(QStringLiteral("duplicate ") + body.code));
        seen.insert(body.code);
        QVERIFY2(!body.kana.isEmpty(), qPrintable(body.code));
        for (QChar c : body.kana) {
            const char16_t u = c.unicode();
            QVERIFY2((u >= 0x3041 && u <= 0x3096) || u == 0x30FC,
                qPrintable(body.code + QStringLiteral(": kana is not hiragana: ") + body.kana));
        }
        const LocalBody *prefecture = reg().prefectureOf(body);
        QVERIFY2(prefecture, qPrintable(body.code));
        QCOMPARE(prefecture->kind, BodyKind::Prefecture);
        QCOMPARE(body.code.left(2), prefecture->code.left(2));
    }
    QCOMPARE(seen.size(), 1788);
}

void TestRegistry::fileOrder()
{
    // Prefectures in code order, each followed by its municipalities in code order.
    const QList<LocalBody> &all = reg().all();
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.constFirst().code, QStringLiteral("010006"));
    QString previous;
    for (const LocalBody &body : all) {
        QVERIFY2(body.code > previous, qPrintable(body.code));
        previous = body.code;
    }
}

void TestRegistry::checkDigit_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("札幌市") << QStringLiteral("011002") << true;
    QTest::newRow("富山市") << QStringLiteral("162019") << true;
    QTest::newRow("北海道") << QStringLiteral("010006") << true;
    QTest::newRow("remainder 0 -> 1 (苫小牧市)") << QStringLiteral("012131") << true;
    QTest::newRow("remainder 1 -> 0 (室蘭市)") << QStringLiteral("012050") << true;
    QTest::newRow("remainder 0 wrongly as 0") << QStringLiteral("012130") << false;
    QTest::newRow("wrong digit") << QStringLiteral("162018") << false;
    QTest::newRow("five digits") << QStringLiteral("16201") << false;
    QTest::newRow("seven digits") << QStringLiteral("1620190") << false;
    QTest::newRow("letters") << QStringLiteral("16201a") << false;
    QTest::newRow("full-width digits") << QStringLiteral("１６２０１９") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRegistry::checkDigit()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Registry::checkDigitValid(code), valid);
}

void TestRegistry::knownBodies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("prefectureCode");

    auto row = [](const char *code, const char *name, const char *kana, const char *kind,
                   const char *pref) {
        QTest::newRow(code) << QString::fromUtf8(code) << QString::fromUtf8(name)
                            << QString::fromUtf8(kana) << QString::fromUtf8(kind)
                            << QString::fromUtf8(pref);
    };
    row("010006", "北海道", "ほっかいどう", "prefecture", "010006");
    row("130001", "東京都", "とうきょうと", "prefecture", "130001");
    row("470007", "沖縄県", "おきなわけん", "prefecture", "470007");
    row("162019", "富山市", "とやまし", "core_city", "160008");
    row("132012", "八王子市", "はちおうじし", "core_city", "130001");
    row("072044", "いわき市", "いわきし", "core_city", "070009");
    row("011002", "札幌市", "さっぽろし", "designated_city", "010006");
    row("431001", "熊本市", "くまもとし", "designated_city", "430005");
    row("131016", "千代田区", "ちよだく", "special_ward", "130001");
    row("131237", "江戸川区", "えどがわく", "special_ward", "130001");
    row("012050", "室蘭市", "むろらんし", "city", "010006");
    row("192082", "南アルプス市", "みなみあるぷすし", "city", "190004");
    row("013030", "当別町", "とうべつちょう", "town", "010006");
    row("343021", "府中町", "ふちゅうちょう", "town", "340006");
    row("014036", "泊村", "とまりむら", "village", "010006");
    row("473014", "国頭村", "くにがみそん", "village", "470007");
}

void TestRegistry::knownBodies()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, kana);
    QFETCH(QString, kind);
    QFETCH(QString, prefectureCode);

    const LocalBody *body = reg().find(code);
    QVERIFY(body);
    QCOMPARE(body->code, code);
    QCOMPARE(body->name, name);
    QCOMPARE(body->kana, kana);
    QCOMPARE(bodyKindId(body->kind), kind);
    QCOMPARE(body->prefectureCode, prefectureCode);
    QVERIFY(Registry::checkDigitValid(code));

    const LocalBody *prefecture = reg().prefectureOf(*body);
    QVERIFY(prefecture);
    QCOMPARE(prefecture->code, prefectureCode);
    QCOMPARE(reg().findByName(prefecture->name, name), body);
}

void TestRegistry::unknownCodes_data()
{
    QTest::addColumn<QString>("code");

    // The six Northern Territories villages are excluded.
    QTest::newRow("色丹村") << QStringLiteral("016951");
    QTest::newRow("泊村 (国後郡)") << QStringLiteral("016969");
    QTest::newRow("留夜別村") << QStringLiteral("016977");
    QTest::newRow("留別村") << QStringLiteral("016985");
    QTest::newRow("紗那村") << QStringLiteral("016993");
    QTest::newRow("蘂取村") << QStringLiteral("017001");
    QTest::newRow("色丹村 5-digit") << QStringLiteral("01695");
    // Wards of designated cities are not local bodies.
    QTest::newRow("札幌市中央区") << QStringLiteral("011011");
    QTest::newRow("wrong check digit") << QStringLiteral("162018");
    QTest::newRow("nonexistent") << QStringLiteral("999997");
    QTest::newRow("too short") << QStringLiteral("1620");
    QTest::newRow("too long") << QStringLiteral("1620190");
    QTest::newRow("letters") << QStringLiteral("abcdef");
    QTest::newRow("empty") << QString();
}

void TestRegistry::unknownCodes()
{
    QFETCH(QString, code);
    QCOMPARE(reg().find(code), nullptr);
}

void TestRegistry::fiveDigitCodes()
{
    QCOMPARE(reg().find(u"16201"), reg().find(u"162019"));
    QVERIFY(reg().find(u"16201"));
    QCOMPARE(reg().find(u"16201")->name, QStringLiteral("富山市"));
    QCOMPARE(reg().find(u"01100")->name, QStringLiteral("札幌市"));
    QCOMPARE(reg().find(u"01213")->code, QStringLiteral("012131"));
    QCOMPARE(reg().find(u" 162019 ")->name, QStringLiteral("富山市"));
    for (const LocalBody &body : reg().all())
        QCOMPARE(reg().find(QStringView(body.code).left(5)), &body);
}

void TestRegistry::findByName_data()
{
    QTest::addColumn<QString>("prefecture");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code"); // empty: not found

    QTest::newRow("富山県 富山市")
        << QStringLiteral("富山県") << QStringLiteral("富山市") << QStringLiteral("162019");
    QTest::newRow("unique 富山市")
        << QString() << QStringLiteral("富山市") << QStringLiteral("162019");
    QTest::newRow("wrong prefecture")
        << QStringLiteral("石川県") << QStringLiteral("富山市") << QString();
    QTest::newRow("unknown prefecture")
        << QStringLiteral("富山") << QStringLiteral("富山市") << QString();
    QTest::newRow("ambiguous 府中市") << QString() << QStringLiteral("府中市") << QString();
    QTest::newRow("東京都 府中市")
        << QStringLiteral("東京都") << QStringLiteral("府中市") << QStringLiteral("132063");
    QTest::newRow("広島県 府中市")
        << QStringLiteral("広島県") << QStringLiteral("府中市") << QStringLiteral("342084");
    QTest::newRow("ambiguous 伊達市") << QString() << QStringLiteral("伊達市") << QString();
    QTest::newRow("unique 中央区 (wards excluded)")
        << QString() << QStringLiteral("中央区") << QStringLiteral("131024");
    QTest::newRow("unique 泊村 (Northern Territories excluded)")
        << QString() << QStringLiteral("泊村") << QStringLiteral("014036");
    QTest::newRow("色丹村 excluded")
        << QStringLiteral("北海道") << QStringLiteral("色丹村") << QString();
    QTest::newRow("prefecture by name")
        << QString() << QStringLiteral("北海道") << QStringLiteral("010006");
    QTest::newRow("no substring match") << QString() << QStringLiteral("富山") << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestRegistry::findByName()
{
    QFETCH(QString, prefecture);
    QFETCH(QString, name);
    QFETCH(QString, code);

    const LocalBody *body = reg().findByName(prefecture, name);
    if (code.isEmpty()) {
        QCOMPARE(body, nullptr);
    } else {
        QVERIFY(body);
        QCOMPARE(body->code, code);
        QCOMPARE(body->name, name);
    }
}

void TestRegistry::prefectureOf()
{
    const LocalBody *toyamaCity = reg().find(u"162019");
    QVERIFY(toyamaCity);
    const LocalBody *toyama = reg().prefectureOf(*toyamaCity);
    QVERIFY(toyama);
    QCOMPARE(toyama->name, QStringLiteral("富山県"));
    QCOMPARE(reg().prefectureOf(*toyama), toyama);

    LocalBody stranger { QStringLiteral("999997"), QStringLiteral("架空市"),
        QStringLiteral("かくうし"), BodyKind::City, QStringLiteral("990001") };
    QCOMPARE(reg().prefectureOf(stranger), nullptr);
}

void TestRegistry::municipalitiesOf()
{
    const QList<const LocalBody *> toyama = reg().municipalitiesOf(u"160008");
    QCOMPARE(toyama.size(), 15);
    QCOMPARE(toyama.constFirst()->name, QStringLiteral("富山市"));
    QString previous;
    for (const LocalBody *body : toyama) {
        QCOMPARE(body->prefectureCode, QStringLiteral("160008"));
        QVERIFY(body->kind != BodyKind::Prefecture);
        QVERIFY(body->code > previous);
        previous = body->code;
    }
    QCOMPARE(codesOf(reg().municipalitiesOf(u"16000")), codesOf(toyama));

    QCOMPARE(
        reg().municipalitiesOf(u"010006").size(), 179); // 北海道 without the Northern Territories
    QCOMPARE(reg().municipalitiesOf(u"130001").size(),
        62); // 東京都: 23 wards, 26 cities, 5 towns, 8 villages
    QCOMPARE(reg().municipalitiesOf(u"470007").size(), 41); // 沖縄県

    QVERIFY(reg().municipalitiesOf(u"162019").isEmpty()); // not a prefecture
    QVERIFY(reg().municipalitiesOf(u"999997").isEmpty());
    QVERIFY(reg().municipalitiesOf(u"").isEmpty());

    int total = 0;
    for (const LocalBody &body : reg().all()) {
        if (body.kind == BodyKind::Prefecture)
            total += reg().municipalitiesOf(body.code).size();
    }
    QCOMPARE(total, 1741);
}

void TestRegistry::searchKana()
{
    const QStringList hiragana = codesOf(reg().search(u"とやま"));
    QCOMPARE(hiragana, QStringList({ QStringLiteral("160008"), QStringLiteral("162019") }));
    QCOMPARE(codesOf(reg().search(u"トヤマ")), hiragana);
    QCOMPARE(codesOf(reg().search(QStringLiteral("ﾄﾔﾏ"))), hiragana); // half-width katakana
    QCOMPARE(codesOf(reg().search(u"  とやま ")), hiragana);

    // Whole reading is an exact match, ranked first.
    QCOMPARE(codesOf(reg().search(u"とやまし")), QStringList({ QStringLiteral("162019") }));

    // Small kana are folded: the data has ちやたんちょう for 北谷町.
    QCOMPARE(codesOf(reg().search(u"ちゃたん")), QStringList({ QStringLiteral("473260") }));
    QCOMPARE(codesOf(reg().search(u"チャタン")), QStringList({ QStringLiteral("473260") }));

    // Katakana in names matches hiragana and katakana input.
    QVERIFY(codesOf(reg().search(u"アルプス")).contains(QStringLiteral("192082")));
    QVERIFY(codesOf(reg().search(u"あるぷす")).contains(QStringLiteral("192082")));

    for (const LocalBody *body : reg().search(u"さっぽろ", 0))
        QVERIFY2(body->kana.startsWith(QStringLiteral("さっぽろ")), qPrintable(body->code));
    QVERIFY(!reg().search(u"さっぽろ").isEmpty());
}

void TestRegistry::searchCodePrefix()
{
    const QList<const LocalBody *> hits = reg().search(u"1620");
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.constFirst()->code, QStringLiteral("162019"));
    QString previous;
    for (const LocalBody *body : hits) {
        QVERIFY2(body->code.startsWith(QStringLiteral("1620")), qPrintable(body->code));
        QVERIFY(body->code > previous);
        previous = body->code;
    }

    // Full code is an exact match.
    QCOMPARE(codesOf(reg().search(u"162019")), QStringList({ QStringLiteral("162019") }));
    // Full-width digits are normalised.
    QCOMPARE(codesOf(reg().search(QStringLiteral("１６２０１９"))),
        QStringList({ QStringLiteral("162019") }));
    // 16xxxx: 富山県 and its 15 municipalities.
    QCOMPARE(reg().search(u"16", 0).size(), 16);
    QCOMPARE(reg().search(u"16", 0).constFirst()->code, QStringLiteral("160008"));
    QVERIFY(reg().search(u"016951").isEmpty());
}

void TestRegistry::searchNameSubstring()
{
    const QStringList fuchu = codesOf(reg().search(u"府中"));
    QVERIFY(fuchu.contains(QStringLiteral("132063"))); // 府中市 (東京都)
    QVERIFY(fuchu.contains(QStringLiteral("342084"))); // 府中市 (広島県)
    QVERIFY(fuchu.contains(QStringLiteral("343021"))); // 府中町

    // 千代田区 by a substring that is not a prefix.
    QVERIFY(codesOf(reg().search(u"代田")).contains(QStringLiteral("131016")));
    QVERIFY(codesOf(reg().search(u"山")).contains(QStringLiteral("162019")));

    for (const LocalBody *body : reg().search(u"島", 0))
        QVERIFY2(
            body->name.contains(u'島') || body->kana.startsWith(u'島'), qPrintable(body->code));
}

void TestRegistry::searchRanking()
{
    // Exact name first, even with a higher code than the prefix matches.
    const QList<const LocalBody *> higashi = reg().search(u"東村");
    QVERIFY(higashi.size() >= 2);
    QCOMPARE(higashi.at(0)->code, QStringLiteral("473031")); // 東村 (沖縄県)
    QCOMPARE(higashi.at(1)->code, QStringLiteral("132136")); // 東村山市 (prefix)

    // 富山: prefecture and city are prefix matches (by code), substrings follow.
    const QList<const LocalBody *> toyama = reg().search(u"富山", 0);
    QVERIFY(toyama.size() >= 2);
    QCOMPARE(toyama.at(0)->code, QStringLiteral("160008"));
    QCOMPARE(toyama.at(1)->code, QStringLiteral("162019"));

    // Generic check: ranks never decrease, codes increase within a rank.
    for (const QString &query : { QStringLiteral("川"), QStringLiteral("中央"),
             QStringLiteral("かわ"), QStringLiteral("大島") }) {
        int previousRank = 0;
        QString previousCode;
        for (const LocalBody *body : reg().search(query, 0)) {
            int rank = 2;
            if (body->name == query || body->kana == query)
                rank = 0;
            else if (body->name.startsWith(query) || body->kana.startsWith(query))
                rank = 1;
            else
                QVERIFY2(
                    body->name.contains(query), qPrintable(query + QLatin1Char(' ') + body->code));
            QVERIFY2(rank >= previousRank, qPrintable(query + QLatin1Char(' ') + body->code));
            if (rank == previousRank)
                QVERIFY2(
                    body->code > previousCode, qPrintable(query + QLatin1Char(' ') + body->code));
            previousRank = rank;
            previousCode = body->code;
        }
    }
}

void TestRegistry::searchLimitAndEmpty()
{
    QCOMPARE(reg().search(u"し", 10).size(), 10);
    QCOMPARE(reg().search(u"し").size(), 50);
    QVERIFY(reg().search(u"し", 0).size() > 50);
    QVERIFY(reg().search(u"").isEmpty());
    QVERIFY(reg().search(u"   ").isEmpty());
    QVERIFY(reg().search(u"存在しない地名").isEmpty());
}

void TestRegistry::fromCsvAcceptsValid()
{
    QString error = QStringLiteral("stale");
    std::optional<Registry> r = Registry::fromCsv(QByteArray(kMinimalCsv), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(r->all().size(), 3);
    QCOMPARE(r->count(BodyKind::Prefecture), 1);
    QCOMPARE(r->count(BodyKind::CoreCity), 1);
    QCOMPARE(r->count(BodyKind::City), 1);
    QCOMPARE(r->count(BodyKind::Town), 0);
    QCOMPARE(r->find(u"16202")->name, QStringLiteral("高岡市"));
    QCOMPARE(r->municipalitiesOf(u"160008").size(), 2);

    // A copy keeps working after the original is gone.
    const Registry copy = *r;
    r.reset();
    QCOMPARE(copy.find(u"162019")->name, QStringLiteral("富山市"));
    QCOMPARE(copy.prefectureOf(*copy.find(u"162019"))->name, QStringLiteral("富山県"));

    // CRLF line endings and a BOM are tolerated; error may be null.
    QByteArray crlf = QByteArray("\xEF\xBB\xBF") + QByteArray(kMinimalCsv).replace("\n", "\r\n");
    std::optional<Registry> r2 = Registry::fromCsv(crlf, nullptr);
    QVERIFY(r2);
    QCOMPARE(r2->all().size(), 3);
    QCOMPARE(r2->find(u"162027")->prefectureCode, QStringLiteral("160008"));
}

void TestRegistry::fromCsvRejects_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expectedError"); // must appear in the error message

    const QByteArray header = "code,name,kana,kind,prefecture_code\n";
    const QByteArray pref = "160008,富山県,とやまけん,prefecture,160008\n";

    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: missing header");
    QTest::newRow("wrong header") << QByteArray("code,name,kind\n") + pref
                                  << QStringLiteral("line 1: expected header");
    QTest::newRow("too few columns") << header + pref + "162019,富山市,とやまし,core_city\n"
                                     << QStringLiteral("line 3: expected 5 fields, found 4");
    QTest::newRow("too many columns")
        << header + pref + "162019,富山市,とやまし,core_city,160008,x\n"
        << QStringLiteral("line 3: expected 5 fields, found 6");
    QTest::newRow("unknown kind") << header + pref + "162019,富山市,とやまし,metropolis,160008\n"
                                  << QStringLiteral("line 3: unknown kind \"metropolis\"");
    QTest::newRow("bad check digit")
        << header + pref + "162018,富山市,とやまし,core_city,160008\n"
        << QStringLiteral("line 3: code \"162018\" has a wrong check digit");
    QTest::newRow("non-digit code") << header + "16000X,富山県,とやまけん,prefecture,16000X\n"
                                    << QStringLiteral("line 2: invalid code \"16000X\"");
    QTest::newRow("five-digit code") << header + pref + "16201,富山市,とやまし,core_city,160008\n"
                                     << QStringLiteral("line 3: invalid code \"16201\"");
    QTest::newRow("duplicate code")
        << header + pref
            + "162019,富山市,とやまし,core_city,160008\n162019,富山市,とやまし,core_city,160008\n"
        << QStringLiteral("line 4: duplicate code \"162019\" (first on line 3)");
    QTest::newRow("municipality before prefecture")
        << header + "162019,富山市,とやまし,core_city,160008\n" + pref
        << QStringLiteral("line 2: prefecture_code \"160008\" is not a prefecture");
    QTest::newRow("prefecture_code not own")
        << header + "160008,富山県,とやまけん,prefecture,170003\n"
        << QStringLiteral("line 2: prefecture_code \"170003\" of a prefecture");
    QTest::newRow("code outside prefecture")
        << header + pref + "172014,金沢市,かなざわし,core_city,160008\n"
        << QStringLiteral("line 3: code \"172014\" does not belong");
    QTest::newRow("empty name") << header + pref + "162019,,とやまし,core_city,160008\n"
                                << QStringLiteral("line 3: empty name");
    QTest::newRow("empty line") << header + pref + "\n162019,富山市,とやまし,core_city,160008\n"
                                << QStringLiteral("line 3: empty line");
    QTest::newRow("quoted field") << header + pref + "162019,\"富山市\",とやまし,core_city,160008\n"
                                  << QStringLiteral("line 3: quoted fields");
    QTest::newRow("invalid UTF-8") << header + pref + "162019,\xff\xfe,とやまし,core_city,160008\n"
                                   << QStringLiteral("line 3: invalid UTF-8");
}

void TestRegistry::fromCsvRejects()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expectedError);

    QString error;
    const std::optional<Registry> r = Registry::fromCsv(csv, &error);
    QVERIFY(!r);
    QVERIFY2(error.contains(expectedError), qPrintable(QStringLiteral("got: ") + error));
    QVERIFY(!Registry::fromCsv(csv, nullptr));
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
