// End-to-end tests of the quote commands: create with the discount policy, its refusals
// (naming the playbook rule, writing nothing), send through the gate to Proposal, sign so that
// the Nego → Won gate holds, revise a signed quote, show, list, product list and --help.

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliQuotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createWithCatalogueLines();
    void refusals_data();
    void refusals();
    void overTwentyPercentWithoutValidationCannotBeSent();
    void sendMovesTheDealToProposal();
    void signThenWon();
    void reviseASignedQuote();
    void showAndList();
    void productList();
    void help_data();
    void help();

private:
    QString db() const { return m_fx->db(); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments) { return m_fx->ok(arguments); }
    // A command that must fail with exit 1 and one line on stderr, writing nothing.
    Run refused(const QStringList &arguments)
    {
        const QByteArray before = fileHash(db());
        const Run r = cli(QStringList{u"--db"_s, db()} + arguments);
        if (r.code != 1 || !r.oneErrorLine() || !r.out.isEmpty() || fileHash(db()) != before)
            qWarning("not a clean refusal: %s", qPrintable(r.describe()));
        return r;
    }
    bool clean(const Run &r) const { return r.code == 1 && r.oneErrorLine() && r.out.isEmpty(); }
    QString addDeal(const QString &stage, const QString &mrr = u"800"_s)
    {
        const Run r = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Cloud"_s, u"--company"_s, u"Acme"_s,
                          u"--mrr"_s, mrr, u"--stage"_s, stage, u"--json"_s});
        return r.code == 0 ? QString::number(r.json()[u"id"_s].toInteger()) : QString();
    }
    // Two VPS M and two backups on an annual standard contract: 89,60 € HT a month.
    QJsonObject create(const QString &deal, const QStringList &more = {})
    {
        const Run r =
            ok(QStringList{u"quote"_s, u"create"_s, deal, u"--line"_s, u"vps-m:2"_s, u"--line"_s,
                           u"backup:2"_s, u"--contract"_s, u"annual-standard"_s, u"--json"_s} +
               more);
        return r.json().toObject();
    }
    QString stageOf(const QString &id)
    {
        return ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"stage"_s].toString();
    }
    QJsonObject show(const QString &quote)
    {
        return ok({u"quote"_s, u"show"_s, quote, u"--json"_s}).json().toObject();
    }
    static QStringList gateTicks()
    {
        return {u"--check"_s, u"demo-done"_s,
                u"--check"_s, u"interest-confirmed"_s,
                u"--check"_s, u"timeline-under-3-months"_s};
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliQuotes::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(ok({u"init"_s}).code, 0);
}

void TestCliQuotes::cleanup()
{
    m_fx.reset();
}

void TestCliQuotes::createWithCatalogueLines()
{
    const QString deal = addDeal(u"demo"_s);
    const QJsonObject q = create(deal);
    QVERIFY(q[u"number"_s].toString().startsWith("DEV-"_L1));
    QVERIFY(q[u"number"_s].toString().endsWith("-0001"_L1));
    QCOMPARE(q[u"status"_s].toString(), u"draft"_s);
    QCOMPARE(q[u"deal_id"_s].toInteger(), deal.toLongLong());
    const QJsonArray lines = q[u"lines"_s].toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0)[u"product"_s].toString(), u"vps-m"_s);
    QCOMPARE(lines.at(0)[u"quantity_milli"_s].toInteger(), 2000);
    QCOMPARE(lines.at(0)[u"amount_cents"_s].toInteger(), 7980);
    const QJsonArray discounts = q[u"discounts"_s].toArray();
    QCOMPARE(discounts.size(), 1);
    QCOMPARE(discounts.at(0)[u"kind"_s].toString(), u"annual"_s);
    QCOMPARE(discounts.at(0)[u"bp"_s].toInt(), 1700);
    QVERIFY(discounts.at(0)[u"automatic"_s].toBool());
    const QJsonObject totals = q[u"totals"_s].toObject();
    QCOMPARE(totals[u"monthly_ht_cents"_s].toInteger(), 8960);
    QCOMPARE(totals[u"monthly_discounted_ht_cents"_s].toInteger(), 7437); // 89,60 − 15,23
    QCOMPARE(q[u"decision"_s][u"total_bp"_s].toInt(), 1700);
    QVERIFY(!q[u"decision"_s][u"fired"_s].toArray().isEmpty());

    // In words: each rule that fired, with its playbook source, and the totals.
    const Run text = ok({u"quote"_s, u"create"_s, deal, u"--line"_s, u"vps-m:1"_s, u"--free"_s,
                         u"Migration:450:once"_s, u"--contract"_s, u"annual-standard"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"discounts.automatic"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"First-year value"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"Migration"_s), qPrintable(text.out));
}

void TestCliQuotes::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList vps{u"--line"_s, u"vps-m:2"_s};
    QTest::newRow("31 percent without exception")
        << vps + QStringList{u"--contract"_s, u"enterprise"_s,      u"--discount"_s,
                             u"partner:14"_s, u"--justification"_s, u"Agency"_s}
        << u"discounts.maxTotalBp"_s;
    QTest::newRow("negotiated discount on self-service")
        << vps + QStringList{u"--contract"_s, u"self-service"_s, u"--discount"_s, u"partner:10"_s}
        << u"forbidWithoutCommitment"_s;
    QTest::newRow("unknown product")
        << QStringList{u"--line"_s, u"quantum:1"_s, u"--contract"_s, u"annual-standard"_s}
        << u"quantum"_s;
    QTest::newRow("unknown contract")
        << vps + QStringList{u"--contract"_s, u"weekly"_s} << u"weekly"_s;
    QTest::newRow("unknown discount kind")
        << vps + QStringList{u"--contract"_s, u"enterprise"_s, u"--discount"_s, u"magic:5"_s}
        << u"magic"_s;
    QTest::newRow("zero quantity")
        << QStringList{u"--line"_s, u"vps-m:0"_s, u"--contract"_s, u"annual-standard"_s}
        << u"quantity"_s;
    QTest::newRow("bad quantity") << QStringList{u"--line"_s, u"vps-m:two"_s, u"--contract"_s,
                                                 u"annual-standard"_s}
                                  << u"quantity"_s;
    QTest::newRow("no contract") << vps << u"--contract"_s;
    QTest::newRow("no line") << QStringList{u"--contract"_s, u"annual-standard"_s} << u"--line"_s;
    QTest::newRow("bad free line")
        << QStringList{u"--free"_s, u"Setup:lots"_s, u"--contract"_s, u"annual-standard"_s}
        << u"price"_s;
}

void TestCliQuotes::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString deal = addDeal(u"demo"_s);
    const Run r = refused(QStringList{u"quote"_s, u"create"_s, deal} + args);
    QVERIFY2(clean(r), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(ok({u"quote"_s, u"list"_s, u"--json"_s}).json().toArray().size(), 0);
}

void TestCliQuotes::overTwentyPercentWithoutValidationCannotBeSent()
{
    const QString deal = addDeal(u"proposal"_s);
    const QJsonObject q = ok({u"quote"_s, u"create"_s, deal, u"--line"_s, u"vps-m:2"_s,
                              u"--contract"_s, u"enterprise"_s, u"--discount"_s, u"partner:5"_s,
                              u"--justification"_s, u"Agency"_s, u"--json"_s})
                              .json()
                              .toObject();
    QCOMPARE(q[u"decision"_s][u"total_bp"_s].toInt(), 2200);
    QVERIFY(!q[u"decision"_s][u"complete"_s].toBool());
    QVERIFY(!q[u"decision"_s][u"required"_s].toArray().isEmpty());
    const QString id = QString::number(q[u"id"_s].toInteger());
    const Run r = refused({u"quote"_s, u"send"_s, id});
    QVERIFY2(clean(r), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"founderValidationAboveBp"_s), qPrintable(r.err));
    QCOMPARE(show(id)[u"status"_s].toString(), u"draft"_s);

    // With the founder's validation recorded, it can be sent.
    const QJsonObject v =
        ok({u"quote"_s, u"create"_s, deal, u"--line"_s, u"vps-m:2"_s, u"--contract"_s,
            u"enterprise"_s, u"--discount"_s, u"partner:5"_s, u"--justification"_s, u"Agency"_s,
            u"--validated-by"_s, u"Founder"_s, u"--validated-on"_s, u"2026-11-20"_s,
            u"--validation-ref"_s, u"Re: remise"_s, u"--json"_s})
            .json()
            .toObject();
    QVERIFY(v[u"decision"_s][u"complete"_s].toBool());
    QCOMPARE(ok({u"quote"_s, u"send"_s, QString::number(v[u"id"_s].toInteger())}).code, 0);
}

void TestCliQuotes::sendMovesTheDealToProposal()
{
    const QString deal = addDeal(u"demo"_s);
    const QString id = QString::number(create(deal)[u"id"_s].toInteger());
    // The gate Demo → Proposal holds: nothing is written.
    const Run r = refused({u"quote"_s, u"send"_s, id});
    QVERIFY2(clean(r), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"demo-done"_s), qPrintable(r.err));
    QCOMPARE(stageOf(deal), u"demo"_s);

    const Run sent = ok(QStringList{u"quote"_s, u"send"_s, id} + gateTicks());
    QCOMPARE(sent.code, 0);
    QVERIFY2(sent.out.contains(u"Proposal"_s), qPrintable(sent.out));
    QCOMPARE(stageOf(deal), u"proposal"_s);
    const QJsonObject q = show(id);
    QCOMPARE(q[u"status"_s].toString(), u"sent"_s);
    QVERIFY(!q[u"sent_at"_s].isNull());
    // Sent once: a second send is refused.
    QVERIFY(clean(refused({u"quote"_s, u"send"_s, id})));
}

void TestCliQuotes::signThenWon()
{
    const QString deal = addDeal(u"demo"_s, u"800"_s);
    const QString id = QString::number(create(deal)[u"id"_s].toInteger());
    QCOMPARE(ok(QStringList{u"quote"_s, u"send"_s, id} + gateTicks()).code, 0);
    // Sending ticked proposal-sent: feedback is all Nego still needs.
    QCOMPARE(ok({u"deal"_s, u"move"_s, deal, u"nego"_s, u"--check"_s, u"feedback-received"_s}).code,
             0);
    const Run before =
        refused({u"deal"_s, u"move"_s, deal, u"won"_s, u"--check"_s, u"price-agreed"_s});
    QVERIFY2(clean(before), qPrintable(before.describe()));
    QVERIFY2(before.err.contains(u"signed-quote"_s), qPrintable(before.err));

    QVERIFY(clean(refused({u"quote"_s, u"sign"_s, id, u"--method"_s, u"email"_s})));
    QVERIFY(clean(
        refused({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Claire"_s, u"--method"_s, u"fax"_s})));
    QVERIFY(clean(refused({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Claire"_s, u"--method"_s,
                           u"email"_s, u"--at"_s, u"yesterday"_s})));
    // A signature dated in the future, or before the quote was sent, is refused.
    for (const QString &at : {u"2099-01-01"_s, u"2020-01-01T10:00:00Z"_s})
        QVERIFY(clean(refused({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Claire"_s, u"--method"_s,
                               u"in-person"_s, u"--at"_s, at})));
    // Today as a day: neither in the future (noon may be to come) nor before the sending.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const Run sign =
        ok({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Claire Martin"_s, u"--method"_s, u"email"_s,
            u"--reference"_s, u"Re: devis"_s, u"--at"_s, today, u"--json"_s});
    QCOMPARE(sign.code, 0);
    QCOMPARE(sign.json()[u"status"_s].toString(), u"signed"_s);
    QCOMPARE(sign.json()[u"signature"_s][u"signer"_s].toString(), u"Claire Martin"_s);
    QCOMPARE(sign.json()[u"signature"_s][u"method"_s].toString(), u"email"_s);
    QCOMPARE(stageOf(deal), u"nego"_s); // signing does not close the deal

    QCOMPARE(ok({u"deal"_s, u"move"_s, deal, u"won"_s, u"--check"_s, u"price-agreed"_s}).code, 0);
    QCOMPARE(stageOf(deal), u"won"_s);
}

void TestCliQuotes::reviseASignedQuote()
{
    const QString deal = addDeal(u"proposal"_s);
    const QJsonObject q = create(deal);
    const QString id = QString::number(q[u"id"_s].toInteger());
    QCOMPARE(ok({u"quote"_s, u"send"_s, id}).code, 0);
    QCOMPARE(
        ok({u"quote"_s, u"sign"_s, id, u"--by"_s, u"Claire"_s, u"--method"_s, u"in-person"_s}).code,
        0);
    QJsonObject signedBefore = show(id);
    signedBefore.remove(u"history"_s);

    const Run r = ok({u"quote"_s, u"revise"_s, id, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QString number = q[u"number"_s].toString();
    QCOMPARE(r.json()[u"number"_s].toString(), number + u"-R2"_s);
    QCOMPARE(r.json()[u"revision"_s].toInt(), 2);
    QCOMPARE(r.json()[u"status"_s].toString(), u"draft"_s);
    QCOMPARE(r.json()[u"previous_id"_s].toInteger(), q[u"id"_s].toInteger());

    QJsonObject signedAfter = show(id);
    signedAfter.remove(u"history"_s);
    QCOMPARE(signedAfter, signedBefore);
    QCOMPARE(show(number)[u"status"_s].toString(), u"signed"_s);
    QCOMPARE(show(number + u"-R2"_s)[u"status"_s].toString(), u"draft"_s);
    QVERIFY(clean(refused({u"quote"_s, u"show"_s, u"DEV-1999-0001"_s})));
}

void TestCliQuotes::showAndList()
{
    const QString deal = addDeal(u"proposal"_s);
    const QString other = addDeal(u"proposal"_s);
    const QString id = QString::number(create(deal)[u"id"_s].toInteger());
    create(other);
    QCOMPARE(ok({u"quote"_s, u"send"_s, id}).code, 0);
    const QJsonObject q = show(id);
    for (const QString &key :
         {u"id"_s,       u"number"_s,      u"revision"_s, u"previous_id"_s,   u"deal_id"_s,
          u"contract"_s, u"term_months"_s, u"status"_s,   u"language"_s,      u"currency"_s,
          u"referral"_s, u"created_at"_s,  u"sent_at"_s,  u"validity_days"_s, u"valid_until"_s,
          u"lines"_s,    u"discounts"_s,   u"decision"_s, u"totals"_s,        u"signature"_s,
          u"history"_s})
        QVERIFY2(q.contains(key), qPrintable(key));
    for (const QString &key :
         {u"monthly_ht_cents"_s, u"monthly_discounted_ht_cents"_s, u"monthly_vat_cents"_s,
          u"monthly_ttc_cents"_s, u"one_time_ht_cents"_s, u"first_year_ht_cents"_s})
        QVERIFY2(q[u"totals"_s].toObject().contains(key), qPrintable(key));
    QVERIFY(q[u"history"_s].toArray().size() >= 2); // created, then sent
    const Run text = ok({u"quote"_s, u"show"_s, id});
    QVERIFY2(text.out.contains(u"History"_s), qPrintable(text.out));

    QCOMPARE(ok({u"quote"_s, u"list"_s, u"--json"_s}).json().toArray().size(), 2);
    QCOMPARE(ok({u"quote"_s, u"list"_s, u"--deal"_s, deal, u"--json"_s}).json().toArray().size(),
             1);
    QCOMPARE(
        ok({u"quote"_s, u"list"_s, u"--status"_s, u"sent"_s, u"--json"_s}).json().toArray().size(),
        1);
    QVERIFY(ok({u"quote"_s, u"list"_s}).out.contains(u"-0002"_s));
    QVERIFY(clean(refused({u"quote"_s, u"list"_s, u"--status"_s, u"lost"_s})));
}

void TestCliQuotes::productList()
{
    const Run r = ok({u"product"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    bool starter = false;
    for (const QJsonValue &p : r.json().toArray())
        if (p[u"key"_s].toString() == "starter"_L1)
            starter = p[u"price_cents"_s].toInteger() == 999;
    QVERIFY(starter);
    QVERIFY(ok({u"product"_s, u"list"_s}).out.contains(u"vps-m"_s));
}

void TestCliQuotes::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("create") << u"create"_s << u"--validation-ref"_s;
    QTest::newRow("show") << u"show"_s << u"ID|NUMBER"_s;
    QTest::newRow("send") << u"send"_s << u"--check"_s;
    QTest::newRow("sign") << u"sign"_s << u"--method"_s;
    QTest::newRow("revise") << u"revise"_s << u"ID|NUMBER"_s;
    QTest::newRow("list") << u"list"_s << u"--status"_s;
}

void TestCliQuotes::help()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run r = cli({u"quote"_s, command, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    const Run product = cli({u"product"_s, u"list"_s, u"--help"_s});
    QCOMPARE(product.code, 0);
    QVERIFY(product.out.contains(u"--all"_s));
}

QTEST_GUILESS_MAIN(TestCliQuotes)
#include "tst_cli_quotes.moc"
