// The evaluations are written straight into bytes (JsonStream), everything else as a tree
// (JsonOut): both must print the same JSON, byte for byte, in both layouts and at any depth.
#include "core/engine/engine.h"
#include "core/interchange/evaluationjson.h"
#include "core/interchange/jsonwriter.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shienplan;

class TestJsonStream : public QObject
{
    Q_OBJECT
private slots:
    void sameBytesAsATree_data();
    void sameBytesAsATree();
    void evaluationsInBothLayouts();
};

namespace
{
const QString kText = QStringLiteral("高岡市 \"案\"\n\t\\ 😀");

// One shape, made both ways: an object with every kind of value, an array of objects, empty
// containers and a tree placed inside.
JsonOut asTree()
{
    JsonOut inner = JsonOut::object();
    inner.insert("min", JsonOut::number(Yen(0)));
    inner.insert("max", JsonOut::null());
    JsonOut items = JsonOut::array();
    for (int i = 0; i < 2; ++i) {
        JsonOut item = JsonOut::object();
        item.insert("n", JsonOut::number(qint64(-i)));
        item.insert("range", inner);
        items.append(item);
    }
    JsonOut scalars = JsonOut::array();
    scalars.append(JsonOut::string(QStringLiteral("a")));
    scalars.append(JsonOut::number(qint64(2)));
    JsonOut o = JsonOut::object();
    o.insert("text", JsonOut::string(kText));
    o.insert("big", JsonOut::number(*parseYen(u"123456789012345678901234567890")));
    o.insert("yes", JsonOut::boolean(true));
    o.insert("no", JsonOut::boolean(false));
    o.insert("items", items);
    o.insert("empty_array", JsonOut::array());
    o.insert("empty_object", JsonOut::object());
    o.insert("scalars", scalars);
    return o;
}

void asStream(JsonStream &s)
{
    JsonOut inner = JsonOut::object();
    inner.insert("min", JsonOut::number(Yen(0)));
    inner.insert("max", JsonOut::null());
    s.beginObject();
    s.key("text").value(kText);
    s.key("big").value(*parseYen(u"123456789012345678901234567890"));
    s.key("yes").boolean(true);
    s.key("no").boolean(false);
    s.key("items").beginArray();
    for (int i = 0; i < 2; ++i) {
        s.beginObject();
        s.key("n").value(qint64(-i));
        s.key("range").beginObject();
        s.key("min").value(std::optional<Yen>(Yen(0)));
        s.key("max").value(std::optional<Yen>());
        s.endObject();
        s.endObject();
    }
    s.endArray();
    s.key("empty_array").beginArray().endArray();
    s.key("empty_object").beginObject().endObject();
    JsonOut scalars = JsonOut::array();
    scalars.append(JsonOut::string(QStringLiteral("a")));
    scalars.append(JsonOut::number(qint64(2)));
    s.key("scalars").value(scalars);
    s.endObject();
}
} // namespace

void TestJsonStream::sameBytesAsATree_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("pretty");
    for (int depth : { 0, 2 })
        for (bool pretty : { true, false })
            QTest::addRow("depth %d, %s", depth, pretty ? "pretty" : "compact") << depth << pretty;
}

void TestJsonStream::sameBytesAsATree()
{
    QFETCH(int, depth);
    QFETCH(bool, pretty);
    const auto style = pretty ? JsonOut::Style::Pretty : JsonOut::Style::Compact;
    // Each placed `depth` levels down in a whole (two nested arrays), as a batch places a plan.
    const auto whole = [&](const JsonOut &part) {
        JsonOut at = part;
        for (int d = 0; d < depth; ++d) {
            JsonOut outer = JsonOut::array();
            outer.append(at);
            at = outer;
        }
        return pretty ? at.toJson() : at.toCompactJson();
    };
    const QByteArray tree = whole(JsonOut::rendered(asTree(), depth, style));
    const QByteArray stream = whole(JsonOut::written(depth, style, asStream));
    QCOMPARE(stream, tree);
    QVERIFY(
        QJsonDocument::fromJson(stream).isArray() || QJsonDocument::fromJson(stream).isObject());
}

// Every test plan's evaluation: the compact bytes hold the same JSON as the pretty ones.
void TestJsonStream::evaluationsInBothLayouts()
{
    const QDir dir(QStringLiteral(SHIENPLAN_SOURCE_DIR "/tests/data/plans"));
    const auto files = dir.entryList({ QStringLiteral("*.json") });
    QVERIFY(files.size() > 5);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Plan plan = planFromJson(parseJson(f.readAll()).root(), Registry::bundled());
        const RuleBook *book = RuleBookLibrary::bundledOnly().book(plan.fiscalYear);
        if (!book)
            continue;
        const Evaluation e = evaluate(plan, *book, Registry::bundled());
        const QByteArray pretty = evaluationToJson(e, &plan, true).toJson();
        const QByteArray compact
            = evaluationToJson(e, &plan, true, 0, JsonOut::Style::Compact).toCompactJson();
        QVERIFY2(!compact.contains("\n"), qPrintable(name));
        QCOMPARE(QJsonDocument::fromJson(compact), QJsonDocument::fromJson(pretty));
        QVERIFY2(!QJsonDocument::fromJson(pretty).object().isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
