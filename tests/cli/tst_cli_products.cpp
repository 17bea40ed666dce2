// End-to-end tests of the catalogue commands: product add, set, deactivate and activate, their
// JSON (money in integer cents), their refusals (one line naming the field, exit 1, the
// database unchanged) and the --help of each.

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addThenList();
    void setChangesOnlyTheOptionsGiven();
    void deactivateAndActivate();
    void refusals_data();
    void refusals();
    void help_data();
    void help();

private:
    QString db() const { return m_fx->db(); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments) { return m_fx->ok(arguments); }
    QJsonObject product(const QString &key)
    {
        const Run r = ok({u"product"_s, u"list"_s, u"--all"_s, u"--json"_s});
        for (const QJsonValue &p : r.json().toArray())
            if (p[u"key"_s].toString() == key)
                return p.toObject();
        return {};
    }
    QJsonObject addGpu()
    {
        return ok({u"product"_s, u"add"_s, u"gpu-h100"_s, u"--name-fr"_s, u"Instance GPU (H100)"_s,
                   u"--name-en"_s, u"GPU instance (H100)"_s, u"--unit-fr"_s, u"GPU"_s,
                   u"--unit-en"_s, u"GPU"_s, u"--price"_s, u"2490"_s, u"--json"_s})
            .json()
            .toObject();
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliProducts::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(ok({u"init"_s}).code, 0);
}

void TestCliProducts::cleanup()
{
    m_fx.reset();
}

void TestCliProducts::addThenList()
{
    const QJsonObject p = addGpu();
    QCOMPARE(p[u"key"_s].toString(), u"gpu-h100"_s);
    QVERIFY(p[u"id"_s].toInteger() > 0);
    QCOMPARE(p[u"name_fr"_s].toString(), u"Instance GPU (H100)"_s);
    QCOMPARE(p[u"name_en"_s].toString(), u"GPU instance (H100)"_s);
    QCOMPARE(p[u"unit_fr"_s].toString(), u"GPU"_s);
    QCOMPARE(p[u"price_cents"_s].toInteger(), 249000);
    QCOMPARE(p[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(p[u"billing"_s].toString(), u"monthly"_s);
    QCOMPARE(p[u"vat_bp"_s].toInt(), 2000);
    QVERIFY(p[u"active"_s].toBool());
    QCOMPARE(product(u"gpu-h100"_s)[u"price_cents"_s].toInteger(), 249000);

    // One-time, another rate, the English name and unit defaulting to the French ones; text.
    const Run once =
        ok({u"product"_s, u"add"_s, u"migration"_s, u"--name-fr"_s, u"Migration"_s, u"--unit-fr"_s,
            u"forfait"_s, u"--price"_s, u"450,50"_s, u"--once"_s, u"--vat"_s, u"5.5"_s});
    QCOMPARE(once.code, 0);
    QVERIFY2(once.out.contains(u"migration"_s), qPrintable(once.out));
    const QJsonObject m = product(u"migration"_s);
    QCOMPARE(m[u"billing"_s].toString(), u"one-time"_s);
    QCOMPARE(m[u"vat_bp"_s].toInt(), 550);
    QCOMPARE(m[u"price_cents"_s].toInteger(), 45050);
    // product list has one name; the product's own JSON has both.
    const QJsonObject both =
        ok({u"product"_s, u"set"_s, u"migration"_s, u"--vat"_s, u"5.5"_s, u"--json"_s})
            .json()
            .toObject();
    QCOMPARE(both[u"name_en"_s].toString(), u"Migration"_s);
    QCOMPARE(both[u"unit_en"_s].toString(), u"forfait"_s);

    // A new product goes on quotes at once.
    const Run deal = ok({u"deal"_s, u"add"_s, u"--title"_s, u"GPU"_s, u"--company"_s, u"Acme"_s,
                         u"--mrr"_s, u"2500"_s, u"--stage"_s, u"demo"_s, u"--json"_s});
    const Run quote =
        ok({u"quote"_s, u"create"_s, QString::number(deal.json()[u"id"_s].toInteger()), u"--line"_s,
            u"gpu-h100:1"_s, u"--contract"_s, u"annual-standard"_s, u"--json"_s});
    QCOMPARE(quote.code, 0);
    QCOMPARE(quote.json()[u"lines"_s][0][u"amount_cents"_s].toInteger(), 249000);
}

void TestCliProducts::setChangesOnlyTheOptionsGiven()
{
    const QJsonObject before = addGpu();
    const Run r = ok({u"product"_s, u"set"_s, u"gpu-h100"_s, u"--price"_s, u"1990.50"_s, u"--vat"_s,
                      u"10"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonObject after = r.json().toObject();
    QCOMPARE(after[u"price_cents"_s].toInteger(), 199050);
    QCOMPARE(after[u"vat_bp"_s].toInt(), 1000);
    for (const QString &field : {u"id"_s, u"key"_s, u"name_fr"_s, u"name_en"_s, u"unit_fr"_s,
                                 u"unit_en"_s, u"billing"_s, u"active"_s})
        QVERIFY2(after[field] == before[field], qPrintable(field));

    // A new key and one-time billing; then monthly again.
    after = ok({u"product"_s, u"set"_s, u"gpu-h100"_s, u"--key"_s, u"gpu-h100-80g"_s, u"--once"_s,
                u"--name-en"_s, u"GPU H100 80 GB"_s, u"--json"_s})
                .json()
                .toObject();
    QCOMPARE(after[u"id"_s], before[u"id"_s]);
    QCOMPARE(after[u"key"_s].toString(), u"gpu-h100-80g"_s);
    QCOMPARE(after[u"billing"_s].toString(), u"one-time"_s);
    QCOMPARE(after[u"name_en"_s].toString(), u"GPU H100 80 GB"_s);
    QCOMPARE(after[u"name_fr"_s].toString(), u"Instance GPU (H100)"_s);
    QVERIFY(product(u"gpu-h100"_s).isEmpty());
    const Run text = ok({u"product"_s, u"set"_s, u"gpu-h100-80g"_s, u"--monthly"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"gpu-h100-80g"_s), qPrintable(text.out));
    QCOMPARE(product(u"gpu-h100-80g"_s)[u"billing"_s].toString(), u"monthly"_s);
}

void TestCliProducts::deactivateAndActivate()
{
    const Run off = ok({u"product"_s, u"deactivate"_s, u"cdn"_s, u"--json"_s});
    QCOMPARE(off.code, 0);
    QVERIFY(!off.json()[u"active"_s].toBool());
    QVERIFY(!product(u"cdn"_s)[u"active"_s].toBool());
    QVERIFY(!ok({u"product"_s, u"list"_s}).out.contains(u"cdn"_s));
    // No longer offered on new quotes.
    const Run deal = ok({u"deal"_s, u"add"_s, u"--title"_s, u"CDN"_s, u"--company"_s, u"Acme"_s,
                         u"--mrr"_s, u"50"_s, u"--stage"_s, u"demo"_s, u"--json"_s});
    const QString dealId = QString::number(deal.json()[u"id"_s].toInteger());
    const Run refusedQuote = cli({u"--db"_s, db(), u"quote"_s, u"create"_s, dealId, u"--line"_s,
                                  u"cdn:1"_s, u"--contract"_s, u"annual-standard"_s});
    QCOMPARE(refusedQuote.code, 1);

    const Run on = ok({u"product"_s, u"activate"_s, u"cdn"_s});
    QCOMPARE(on.code, 0);
    QVERIFY2(on.out.contains(u"cdn"_s), qPrintable(on.out));
    QVERIFY(product(u"cdn"_s)[u"active"_s].toBool());
    QCOMPARE(ok({u"quote"_s, u"create"_s, dealId, u"--line"_s, u"cdn:1"_s, u"--contract"_s,
                 u"annual-standard"_s})
                 .code,
             0);
}

void TestCliProducts::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList add{u"product"_s, u"add"_s,       u"gpu-x"_s, u"--name-fr"_s,
                          u"GPU"_s,     u"--unit-fr"_s, u"GPU"_s};
    QTest::newRow("add: no price") << add << u"--price"_s;
    QTest::newRow("add: no name") << QStringList{u"product"_s,   u"add"_s, u"gpu-x"_s,
                                                 u"--unit-fr"_s, u"GPU"_s, u"--price"_s,
                                                 u"10"_s}
                                  << u"--name-fr"_s;
    QTest::newRow("add: blank name")
        << QStringList{u"product"_s,   u"add"_s, u"gpu-x"_s,   u"--name-fr"_s, u" "_s,
                       u"--unit-fr"_s, u"GPU"_s, u"--price"_s, u"10"_s}
        << u"--name-fr"_s;
    QTest::newRow("add: price not an amount")
        << add + QStringList{u"--price"_s, u"ten"_s} << u"--price"_s;
    QTest::newRow("add: negative price")
        << add + QStringList{u"--price"_s, u"-5"_s} << u"--price"_s;
    QTest::newRow("add: vat not a rate")
        << add + QStringList{u"--price"_s, u"10"_s, u"--vat"_s, u"twenty"_s} << u"--vat"_s;
    QTest::newRow("add: vat above 100")
        << add + QStringList{u"--price"_s, u"10"_s, u"--vat"_s, u"120"_s} << u"--vat"_s;
    QTest::newRow("add: bad key") << QStringList{u"product"_s,   u"add"_s,     u"GPU X"_s,
                                                 u"--name-fr"_s, u"GPU"_s,     u"--unit-fr"_s,
                                                 u"GPU"_s,       u"--price"_s, u"10"_s}
                                  << u"KEY"_s;
    QTest::newRow("add: key used")
        << QStringList{u"product"_s,   u"add"_s, u"vps-m"_s,   u"--name-fr"_s, u"GPU"_s,
                       u"--unit-fr"_s, u"GPU"_s, u"--price"_s, u"10"_s}
        << u"vps-m"_s;
    QTest::newRow("add: once and monthly")
        << add + QStringList{u"--price"_s, u"10"_s, u"--once"_s, u"--monthly"_s} << u"--once"_s;
    QTest::newRow("add: blank unit")
        << QStringList{u"product"_s,   u"add"_s, u"gpu-x"_s,   u"--name-fr"_s, u"GPU"_s,
                       u"--unit-fr"_s, u""_s,    u"--price"_s, u"10"_s}
        << u"--unit-fr"_s;
    QTest::newRow("set: nothing to change")
        << QStringList{u"product"_s, u"set"_s, u"vps-m"_s} << u"--price"_s;
    QTest::newRow("set: unknown product")
        << QStringList{u"product"_s, u"set"_s, u"quantum"_s, u"--price"_s, u"10"_s} << u"quantum"_s;
    QTest::newRow("set: key used")
        << QStringList{u"product"_s, u"set"_s, u"vps-m"_s, u"--key"_s, u"vps-s"_s} << u"--key"_s;
    QTest::newRow("set: bad new key")
        << QStringList{u"product"_s, u"set"_s, u"vps-m"_s, u"--key"_s, u"VPS"_s} << u"--key"_s;
    QTest::newRow("set: negative price")
        << QStringList{u"product"_s, u"set"_s, u"vps-m"_s, u"--price"_s, u"-1"_s} << u"--price"_s;
    QTest::newRow("set: blank name")
        << QStringList{u"product"_s, u"set"_s, u"vps-m"_s, u"--name-fr"_s, u""_s} << u"--name-fr"_s;
    QTest::newRow("deactivate: unknown")
        << QStringList{u"product"_s, u"deactivate"_s, u"quantum"_s} << u"quantum"_s;
    QTest::newRow("deactivate: no key") << QStringList{u"product"_s, u"deactivate"_s} << u"key"_s;
    QTest::newRow("activate: already active")
        << QStringList{u"product"_s, u"activate"_s, u"vps-m"_s} << u"already active"_s;
}

void TestCliProducts::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QByteArray before = fileHash(db());
    const QString catalogue = ok({u"product"_s, u"list"_s, u"--all"_s, u"--json"_s}).out;
    const Run r = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
    QCOMPARE(fileHash(db()), before);
    QCOMPARE(ok({u"product"_s, u"list"_s, u"--all"_s, u"--json"_s}).out, catalogue);
}

void TestCliProducts::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    const QStringList fields{u"--name-fr"_s, u"--name-en"_s, u"--unit-fr"_s, u"--unit-en"_s,
                             u"--price"_s,   u"--once"_s,    u"--vat"_s};
    QTest::newRow("add") << u"add"_s << fields + QStringList{u"KEY"_s};
    QTest::newRow("set") << u"set"_s << fields + QStringList{u"--key"_s, u"--monthly"_s, u"KEY"_s};
    QTest::newRow("deactivate") << u"deactivate"_s << QStringList{u"KEY"_s};
    QTest::newRow("activate") << u"activate"_s << QStringList{u"KEY"_s};
}

void TestCliProducts::help()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Run r = cli({u"product"_s, command, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"dealboard-cli product "_s + command), qPrintable(r.out));
    for (const QString &option : options)
        QVERIFY2(r.out.contains(option), qPrintable(option + u'\n' + r.out));
    // The group lists it.
    const Run group = cli({u"product"_s, u"--help"_s});
    QCOMPARE(group.code, 0);
    QVERIFY2(group.out.contains(u"product "_s + command + u' '), qPrintable(group.out));
}

QTEST_GUILESS_MAIN(TestCliProducts)
#include "tst_cli_products.moc"
