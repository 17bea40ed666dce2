#include "clirunner.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(DEALBOARD_TEST_DATA_DIR) + u"/import/"_s + QString::fromLatin1(name);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndReportsAsJson();
    void dryRunWritesNothing();
    void problemsRefuseWithTheirLines();
    void optionsCorrectTheMapping();
    void listThenUndo();
    void wholeDatabaseJson();
    void refusals();

private:
    Run db(const QStringList &arguments)
    {
        return m_fx->cli(QStringList{u"--db"_s, m_fx->db()} + arguments);
    }
    qint64 deals();

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliImport::init()
{
    m_fx = std::make_unique<CliFixture>();
    QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
}

void TestCliImport::cleanup()
{
    m_fx.reset();
}

qint64 TestCliImport::deals()
{
    return m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}).json().toArray().size();
}

void TestCliImport::importsAndReportsAsJson()
{
    const Run r = m_fx->ok({u"import"_s, sample("pipedrive-deals-fr-1252.csv"), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().toObject();
    QCOMPARE(o[u"source"_s].toString(), u"pipedrive"_s);
    QCOMPARE(o[u"entity"_s].toString(), u"deal"_s);
    QCOMPARE(o[u"encoding"_s].toString(), u"windows-1252"_s);
    QCOMPARE(o[u"delimiter"_s].toString(), u";"_s);
    QCOMPARE(o[u"decimal"_s].toString(), u"comma"_s);
    QCOMPARE(o[u"rows"_s].toInt(), 5);
    QCOMPARE(o[u"deals"_s][u"created"_s].toInt(), 5);
    QVERIFY(o[u"committed"_s].toBool());
    QCOMPARE(o[u"batch"_s].toInt(), 1);
    QCOMPARE(o[u"stages"_s][u"Prospect"_s].toString(), u"lead"_s);
    QCOMPARE(deals(), 5);

    // Again: every row found, nothing written, still a success.
    const Run again = m_fx->ok({u"import"_s, sample("pipedrive-deals-fr-1252.csv")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(u"Nothing to import"_s), qPrintable(again.out));
    QVERIFY(again.out.contains(u"5 unchanged"_s));
    QCOMPARE(deals(), 5);
}

void TestCliImport::dryRunWritesNothing()
{
    const QByteArray before = fileHash(m_fx->db());
    const Run r = m_fx->ok({u"import"_s, sample("hubspot-deals-en.csv"), u"--dry-run"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Deals: 6 new"_s));
    QVERIFY(r.out.contains(u"Dry run: nothing was written."_s));
    QCOMPARE(deals(), 0);
    QCOMPARE(m_fx->ok({u"import"_s, u"list"_s, u"--json"_s}).json().toArray().size(), 0);
    Q_UNUSED(before);
}

void TestCliImport::problemsRefuseWithTheirLines()
{
    const Run r = db({u"import"_s, sample("bad-rows.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"line 3: The deal has no title."_s));
    QVERIFY(r.out.contains(u"line 5, Amount: The amount -50 is negative."_s));
    QVERIFY(r.out.contains(u"line 6, Contact email:"_s));
    QVERIFY(r.out.contains(u"Nothing was imported: 5 rows have problems."_s));
    QCOMPARE(deals(), 0);
    const Run json = db({u"import"_s, sample("bad-rows.csv"), u"--json"_s});
    QCOMPARE(json.code, 1);
    const QJsonArray problems = json.json()[u"problems"_s].toArray();
    QCOMPARE(problems.size(), 5);
    QCOMPARE(problems.at(2)[u"line"_s].toInt(), 5);
    QCOMPARE(problems.at(2)[u"column"_s].toString(), u"Amount"_s);
    QVERIFY(problems.at(0)[u"column"_s].isNull());

    const Run skip = m_fx->ok({u"import"_s, sample("bad-rows.csv"), u"--skip-problems"_s});
    QCOMPARE(skip.code, 0);
    QCOMPARE(deals(), 1);

    const Run broken = db({u"import"_s, sample("broken-midway.csv")});
    QCOMPARE(broken.code, 1);
    QVERIFY(broken.oneErrorLine());
    QVERIFY(broken.err.contains(u"Line 62"_s));
    QCOMPARE(deals(), 1);
}

void TestCliImport::optionsCorrectTheMapping()
{
    QFile f(m_fx->dir.filePath(u"odd.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Deal Name,Deal Stage,Close Date,Amount,Associated Company\n"
            "Alpha,Waiting for Godot,03/04/2026,\"1,500\",A\n");
    f.close();
    Run r = db({u"import"_s, f.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.oneErrorLine());
    QVERIFY2(r.err.contains(u"--dates"_s), qPrintable(r.err));
    r = db({u"import"_s, f.fileName(), u"--dates"_s, u"mdy"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"--decimal"_s), qPrintable(r.err));
    r = db({u"import"_s, f.fileName(), u"--dates"_s, u"mdy"_s, u"--decimal"_s, u"point"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"Unknown stage \"Waiting for Godot\""_s));
    r = m_fx->ok({u"import"_s, f.fileName(), u"--dates"_s, u"mdy"_s, u"--decimal"_s, u"point"_s,
                  u"--stage"_s, u"Waiting for Godot=demo"_s, u"--amount"_s, u"one-time"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject deal = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}).json()[0].toObject();
    QCOMPARE(deal[u"stage"_s].toString(), u"demo"_s);
    QCOMPARE(deal[u"one_time_cents"_s].toInteger(), 150000);
    QCOMPARE(deal[u"expected_close"_s].toString(), u"2026-03-04"_s);

    // Guessed as contacts; --entity deals reads the columns as deal fields.
    QFile people(m_fx->dir.filePath(u"people.csv"_s));
    QVERIFY(people.open(QIODevice::WriteOnly));
    people.write("Name,Email,Company\nBeta,b@beta.fr,Beta SAS\n");
    people.close();
    const Run asDeals =
        m_fx->ok({u"import"_s, people.fileName(), u"--entity"_s, u"deals"_s, u"--json"_s});
    QCOMPARE(asDeals.json()[u"entity"_s].toString(), u"deal"_s);
    QCOMPARE(asDeals.json()[u"deals"_s][u"created"_s].toInt(), 1);
}

void TestCliImport::listThenUndo()
{
    QCOMPARE(m_fx->ok({u"import"_s, sample("hubspot-deals-en.csv")}).code, 0);
    const QJsonArray list = m_fx->ok({u"import"_s, u"list"_s, u"--json"_s}).json().toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[u"file"_s].toString(), u"hubspot-deals-en.csv"_s);
    QCOMPARE(list.at(0)[u"created"_s].toInt(), 12);
    QVERIFY(list.at(0)[u"undone_at"_s].isNull());
    // A deal changed since: undo asks for --force.
    const qint64 id = m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}).json()[0][u"id"_s].toInteger();
    QCOMPARE(m_fx->ok({u"deal"_s, u"move"_s, QString::number(id), u"qualified"_s}).code, 0);
    const Run refused = db({u"import"_s, u"undo"_s, u"1"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
    const Run undone = m_fx->ok({u"import"_s, u"undo"_s, u"1"_s, u"--force"_s, u"--json"_s});
    QCOMPARE(undone.json()[u"removed"_s].toInt(), 12);
    QCOMPARE(deals(), 0);
    const Run twice = db({u"import"_s, u"undo"_s, u"1"_s});
    QCOMPARE(twice.code, 1);
    QVERIFY(twice.err.contains(u"already undone"_s));
    QVERIFY(m_fx->ok({u"import"_s, u"list"_s}).out.contains(u"undone"_s));
}

void TestCliImport::wholeDatabaseJson()
{
    QCOMPARE(m_fx->ok({u"import"_s, sample("hubspot-deals-en.csv")}).code, 0);
    const QString json = m_fx->dir.filePath(u"whole.json"_s);
    QCOMPARE(m_fx->ok({u"export"_s, u"json"_s, json}).code, 0);
    const QString copy = m_fx->db(u"copy.db"_s);
    QCOMPARE(m_fx->ok({u"init"_s}, copy).code, 0);
    const Run r = m_fx->ok({u"import"_s, json}, copy);
    QCOMPARE(r.code, 0);
    QCOMPARE(m_fx->ok({u"deal"_s, u"list"_s, u"--json"_s}, copy).json().toArray().size(), 6);
    QCOMPARE(m_fx->ok({u"import"_s, u"list"_s, u"--json"_s}, copy).json().toArray().size(), 1);
    const Run again = m_fx->cli({u"--db"_s, copy, u"import"_s, json});
    QCOMPARE(again.code, 2); // the database refuses it: not empty
    QVERIFY(again.oneErrorLine());
    const Run dry = m_fx->cli({u"--db"_s, copy, u"import"_s, json, u"--dry-run"_s});
    QCOMPARE(dry.code, 1);
}

void TestCliImport::refusals()
{
    for (const QStringList &args :
         {QStringList{u"import"_s, m_fx->dir.filePath(u"missing.csv"_s)},
          QStringList{u"import"_s, sample("hubspot-deals-en.csv"), u"--format"_s, u"excel"_s},
          QStringList{u"import"_s, sample("hubspot-deals-en.csv"), u"--entity"_s, u"quotes"_s},
          QStringList{u"import"_s, sample("hubspot-deals-en.csv"), u"--stage"_s, u"x=nowhere"_s},
          QStringList{u"import"_s, sample("hubspot-deals-en.csv"), u"--dates"_s, u"ymd"_s},
          QStringList{u"import"_s, u"undo"_s, u"abc"_s},
          QStringList{u"import"_s, u"undo"_s, u"99"_s}}) {
        const Run r = db(args);
        QVERIFY2(r.code == 1 && r.oneErrorLine(), qPrintable(args.join(u' ') + r.describe()));
    }
    const Run help = m_fx->cli({u"import"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"dealboard-cli import"_s));
    QVERIFY(help.out.contains(u"--dry-run"_s));
    QCOMPARE(deals(), 0);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
