// End-to-end tests of the options of the analytics commands of dealboard-cli: refusals and
// their exit code, --help, and the monthly KPI entries (kpis set, kpis unset).

#include "analyticsjson.h"

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliAnalyticsInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void kpiEntries();
    void badKpiEntriesWriteNothing();
    void help();

private:
    QJsonObject json(const QStringList &arguments) { return analyticsJson(*m_fx, arguments); }
    static QStringList q1()
    {
        return {u"--from"_s,     u"2025-01-01"_s, u"--to"_s,
                u"2025-03-31"_s, u"--as-of"_s,    u"2025-03-31"_s};
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliAnalyticsInput::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
}

void TestCliAnalyticsInput::cleanup()
{
    m_fx.reset();
}

void TestCliAnalyticsInput::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    for (const QString &command :
         {u"forecast"_s, u"metrics"_s, u"funnel"_s, u"kpis"_s, u"objectives"_s, u"winloss"_s}) {
        const QByteArray c = command.toUtf8();
        QTest::newRow(c + " bad from")
            << QStringList{command, u"--from"_s, u"2025-02-30"_s} << u"--from"_s;
        QTest::newRow(c + " bad to") << QStringList{command, u"--to"_s, u"soon"_s} << u"--to"_s;
        QTest::newRow(c + " bad as-of")
            << QStringList{command, u"--as-of"_s, u"01/02/2025"_s} << u"--as-of"_s;
        QTest::newRow(c + " from after to")
            << QStringList{command, u"--from"_s, u"2025-05-01"_s, u"--to"_s, u"2025-04-01"_s}
            << u"after it ends"_s;
    }
    QTest::newRow("kpis period after as-of")
        << QStringList{u"kpis"_s,       u"--from"_s,  u"2025-06-01"_s, u"--to"_s,
                       u"2025-06-30"_s, u"--as-of"_s, u"2025-05-31"_s}
        << u"after the day"_s;
    QTest::newRow("metrics bad quota")
        << QStringList{u"metrics"_s, u"--quota"_s, u"abc"_s} << u"--quota"_s;
    QTest::newRow("metrics zero quota")
        << QStringList{u"metrics"_s, u"--quota"_s, u"0"_s} << u"--quota"_s;
    QTest::newRow("kpis unknown argument") << QStringList{u"kpis"_s, u"nps"_s} << u"nps"_s;
}

void TestCliAnalyticsInput::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // A user error: exit 1 (2 is kept for a refused database), one line, nothing on stdout.
    const Run r = m_fx->cli(QStringList{u"--db"_s, m_fx->db()} + arguments);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCliAnalyticsInput::kpiEntries()
{
    const QJsonObject set = json({u"kpis"_s, u"set"_s, u"--month"_s, u"2025-02"_s, u"--nps"_s,
                                  u"42"_s, u"--churn"_s, u"4,5"_s, u"--cac"_s, u"120.50"_s});
    QCOMPARE(set[u"month"_s].toString(), u"2025-02"_s);
    QCOMPARE(set[u"nps"_s].toInteger(), 42);
    QCOMPARE(set[u"churn_m1_bp"_s].toInteger(), 450);
    QCOMPARE(set[u"cac_cents"_s].toInteger(), 12050);
    QVERIFY(set[u"expansion_m6_bp"_s].isNull());

    const QJsonObject k = json(QStringList{u"kpis"_s} + q1());
    const QJsonObject february = k[u"manual"_s][1].toObject();
    QCOMPARE(february[u"month"_s].toString(), u"2025-02"_s);
    QCOMPARE(february[u"nps"_s].toInteger(), 42);
    QCOMPARE(february[u"churn_m1_bp"_s].toInteger(), 450);
    const Run text = m_fx->ok(QStringList{u"kpis"_s} + q1());
    QVERIFY2(text.out.contains(u"4.5%"_s), qPrintable(text.out));
    // The churn entry feeds the CS hiring trigger.
    QCOMPARE(
        json({u"objectives"_s, u"--as-of"_s, u"2025-03-31"_s})[u"hiring"_s][u"latest_churn_bp"_s]
            .toInteger(),
        450);

    const QJsonObject unset =
        json({u"kpis"_s, u"unset"_s, u"--month"_s, u"2025-02"_s, u"--kpi"_s, u"nps"_s});
    QVERIFY(unset[u"nps"_s].isNull());
    QCOMPARE(unset[u"cac_cents"_s].toInteger(), 12050);
    // Nothing left to remove.
    const Run again = m_fx->cli({u"--db"_s, m_fx->db(), u"kpis"_s, u"unset"_s, u"--month"_s,
                                 u"2025-02"_s, u"--kpi"_s, u"nps"_s});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.oneErrorLine(), qPrintable(again.describe()));
}

void TestCliAnalyticsInput::badKpiEntriesWriteNothing()
{
    QCOMPARE(m_fx->ok({u"kpis"_s, u"set"_s, u"--month"_s, u"2025-02"_s, u"--nps"_s, u"10"_s}).code,
             0);
    const QByteArray before = fileHash(m_fx->db());
    const QList<std::pair<QStringList, QString>> bad{
        {{u"--month"_s, u"2025-13"_s, u"--nps"_s, u"5"_s}, u"--month"_s},
        {{u"--nps"_s, u"5"_s}, u"--month"_s},
        {{u"--month"_s, u"2025-02"_s}, u"Nothing to set"_s},
        {{u"--month"_s, u"2025-02"_s, u"--nps"_s, u"101"_s}, u"--nps"_s},
        {{u"--month"_s, u"2025-02"_s, u"--nps"_s, u"high"_s}, u"--nps"_s},
        // The valid NPS is not written either when the churn is refused.
        {{u"--month"_s, u"2025-02"_s, u"--nps"_s, u"20"_s, u"--churn"_s, u"101"_s}, u"--churn"_s},
        {{u"--month"_s, u"2025-02"_s, u"--expansion"_s, u"-3"_s}, u"--expansion"_s},
        {{u"--month"_s, u"2025-02"_s, u"--churn"_s, u"4.555"_s}, u"--churn"_s},
        {{u"--month"_s, u"2025-02"_s, u"--cac"_s, u"-10"_s}, u"--cac"_s},
        {{u"--month"_s, u"2025-02"_s, u"--cac"_s, u"cheap"_s}, u"--cac"_s}};
    for (const auto &[arguments, message] : bad) {
        const Run r =
            m_fx->cli(QStringList{u"--db"_s, m_fx->db(), u"kpis"_s, u"set"_s} + arguments);
        QVERIFY2(r.code == 1 && r.oneErrorLine() && r.err.contains(message) && r.out.isEmpty(),
                 qPrintable(arguments.join(u' ') + u": "_s + r.describe()));
        QCOMPARE(fileHash(m_fx->db()), before);
    }
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"kpis"_s, u"unset"_s, u"--month"_s,
                             u"2025-02"_s, u"--kpi"_s, u"mood"_s});
    QVERIFY2(r.code == 1 && r.oneErrorLine() && r.err.contains(u"mood"_s),
             qPrintable(r.describe()));
    QCOMPARE(fileHash(m_fx->db()), before);
    QCOMPARE(json({u"kpis"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
                   u"2025-02-28"_s})[u"manual"_s][0][u"nps"_s]
                 .toInteger(),
             10);
}

void TestCliAnalyticsInput::help()
{
    const QStringList period{u"--from"_s, u"--to"_s, u"--as-of"_s, u"--json"_s};
    const QList<std::pair<QStringList, QStringList>> commands{
        {{u"forecast"_s}, period},
        {{u"metrics"_s}, period + QStringList{u"--quota"_s}},
        {{u"funnel"_s}, period},
        {{u"kpis"_s}, period},
        {{u"objectives"_s}, period},
        {{u"winloss"_s}, period},
        {{u"kpis"_s, u"set"_s},
         {u"--month"_s, u"--nps"_s, u"--churn"_s, u"--expansion"_s, u"--cac"_s}},
        {{u"kpis"_s, u"unset"_s}, {u"--month"_s, u"--kpi"_s}}};
    for (const auto &[command, options] : commands) {
        const Run r = m_fx->cli(command + QStringList{u"--help"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        // The usage names the command, not the executable's path.
        QVERIFY2(
            r.out.startsWith(u"Usage: dealboard-cli "_s + command.join(u' ') + u" [options]"_s),
            qPrintable(r.out.section(u'\n', 0, 0)));
        for (const QString &option : options)
            QVERIFY2(r.out.contains(option), qPrintable(command.join(u' ') + u' ' + option));
    }
    const Run all = m_fx->cli({u"--help"_s});
    for (const QString &command : {u"metrics"_s, u"funnel"_s, u"kpis set"_s, u"objectives"_s})
        QVERIFY2(all.out.contains(command), qPrintable(command));
}

QTEST_GUILESS_MAIN(TestCliAnalyticsInput)
#include "tst_cli_analytics_input.moc"
