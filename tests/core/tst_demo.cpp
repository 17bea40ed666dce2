#include "demo/demogenerator.h"
#include "rules/stagegates.h"
#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "storage/quoterepository.h"
#include "storage/sellerrepository.h"
#include "testsupport.h"
#include "validation.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

QDateTime demoNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC);
}

// Every row of every table but the playbook, one line each: two databases with the same
// content give the same dump.
QStringList dump(Database &db)
{
    QStringList out;
    for (const QString &table : {u"companies"_s, u"contacts"_s, u"deals"_s, u"events"_s,
                                 u"qualifications"_s, u"deal_checks"_s}) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        // By the first columns: the id, or the key of deal_checks (a table without rowid).
        q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << table + u": "_s + cells.join(u'|');
        }
    }
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sameSeedSameData();
    void otherSeedOtherData();
    void shapeOfTheData();
    void historiesAreConsistent();
    void qualificationsAndChecklists();
    void cancelLeavesNoSampleData_data();
    void cancelLeavesNoSampleData();
    void refusesBadCount();
    void indexesComeBack();

private:
    Result<std::unique_ptr<Database>> open(const QString &name)
    {
        return Database::open(m_dir->filePath(name));
    }
    bool generate(Database &db, quint32 seed, int deals = 300);

    ManualClock m_clock{demoNow().addSecs(3600)};
    std::unique_ptr<ScopedClock> m_scopedClock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db; // 300 deals, seed 7
    DemoSummary m_summary;
};

void TestDemo::initTestCase()
{
    m_scopedClock = std::make_unique<ScopedClock>(m_clock);
}

void TestDemo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = open(u"demo.db"_s);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_db->setActor(u"demo-owner"_s);
    DemoGenerator::Options options;
    options.seed = 7;
    options.now = demoNow();
    auto summary = DemoGenerator(*m_db).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    m_summary = summary.value();
}

void TestDemo::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestDemo::generate(Database &db, quint32 seed, int deals)
{
    db.setActor(u"demo-owner"_s);
    DemoGenerator::Options options;
    options.seed = seed;
    options.deals = deals;
    options.now = demoNow();
    return DemoGenerator(db).generate(options).ok();
}

void TestDemo::sameSeedSameData()
{
    auto twin = open(u"twin.db"_s);
    QVERIFY2(twin.ok(), qPrintable(twin.errorMessage()));
    m_clock.advanceSecs(86400); // the clock does not matter once Options.now is set
    QVERIFY(generate(**twin, 7));
    const QStringList a = dump(*m_db);
    const QStringList b = dump(**twin);
    QVERIFY(a.size() > 1000);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(b.at(i), a.at(i));
}

void TestDemo::otherSeedOtherData()
{
    auto other = open(u"other.db"_s);
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    QVERIFY(generate(**other, 8));
    const QStringList a = dump(*m_db);
    const QStringList b = dump(**other);
    QVERIFY(a != b);
    // Not a shifted copy either: most deals differ in title, stage or MRR.
    const QList<Deal> da = DealRepository(*m_db).list().value();
    const QList<Deal> db = DealRepository(**other).list().value();
    QSet<QString> sa;
    for (const Deal &d : da)
        sa.insert(u"%1|%2|%3|%4"_s.arg(d.title, d.stage, d.companyName).arg(d.mrr.cents()));
    int same = 0;
    for (const Deal &d : db)
        same +=
            sa.contains(u"%1|%2|%3|%4"_s.arg(d.title, d.stage, d.companyName).arg(d.mrr.cents()));
    QVERIFY2(same < 30, qPrintable(QString::number(same)));
}

void TestDemo::shapeOfTheData()
{
    const Playbook &pb = m_db->playbook();
    const QList<Deal> deals = DealRepository(*m_db).list().value();
    const QList<Company> companies = CompanyRepository(*m_db).list().value();
    const QList<Contact> contacts = ContactRepository(*m_db).list().value();
    QCOMPARE(deals.size(), 300);
    QCOMPARE(m_summary.deals, 300);
    QCOMPARE(m_summary.companies, int(companies.size()));
    QCOMPARE(m_summary.companies, 100);
    QCOMPARE(m_summary.contacts, int(contacts.size()));
    QCOMPARE(m_summary.events, EventLog(*m_db).count().value());

    // Sample quotes on the newest deals past the demo, their status following the deal's
    // stage, and the seller's details for their letterhead.
    const QList<Quote> quotes = QuoteRepository(*m_db).list().value();
    QCOMPARE(m_summary.quotes, int(quotes.size()));
    QCOMPARE(m_summary.quotes, 40);
    for (const Quote &q : quotes) {
        const QString stage = DealRepository(*m_db).find(q.dealId).value().stage;
        const QuoteStatus expected = stage == "demo"_L1 ? QuoteStatus::Draft
                                     : stage == "won"_L1 || stage == "customer"_L1
                                         ? QuoteStatus::Signed
                                         : QuoteStatus::Sent;
        QCOMPARE(q.status, expected);
    }
    QCOMPARE(SellerRepository(*m_db).load().value().companyName, u"VMCloud SAS"_s);

    QHash<QString, int> perStage;
    for (const Deal &d : deals)
        ++perStage[d.stage];
    for (const Stage &s : pb.stages())
        QVERIFY2(perStage.value(s.key) > 0, qPrintable(s.key));
    QHash<QString, int> perSegment;
    QHash<qint64, QString> segmentOf;
    for (const Company &c : companies) {
        ++perSegment[c.segment];
        segmentOf.insert(c.id, c.segment);
        QVERIFY(!c.name.isEmpty());
    }
    for (const Segment &s : pb.segments())
        QVERIFY2(perSegment.value(s.key) > 0, qPrintable(s.key));
    QHash<qint64, qint64> companyOfContact;
    for (const Contact &c : contacts) {
        QVERIFY2(isValidEmail(c.email), qPrintable(c.email));
        QVERIFY(Contact::decisionRoles().contains(c.decisionRole));
        companyOfContact.insert(c.id, c.companyId);
    }

    QHash<QString, QList<int>> positions;
    for (const Deal &d : deals) {
        positions[d.stage] << d.position;
        // The deal's MRR fits the band of its company's segment.
        const Segment *segment = pb.segment(segmentOf.value(d.companyId));
        QVERIFY(segment);
        QVERIFY2(segment->mrr.contains(d.mrr.cents()),
                 qPrintable(u"%1 in %2"_s.arg(d.mrr.cents()).arg(segment->key)));
        QVERIFY(d.oneTime.cents() >= 0);
        QCOMPARE(d.oneTime.currency(), d.mrr.currency());
        QCOMPARE(companyOfContact.value(d.contactId), d.companyId);
        QCOMPARE(d.owner, u"demo-owner"_s);
        QVERIFY(d.createdAt <= d.stageEnteredAt);
        QVERIFY(d.stageEnteredAt <= demoNow());

        if (d.stage == pb.lostStage()) {
            const LostReason *reason = pb.lostReason(d.lostReason);
            QVERIFY2(reason, qPrintable(d.lostReason));
            QCOMPARE(reason->needsCompetitor, !d.lostCompetitor.isEmpty());
        } else {
            QVERIFY(d.lostReason.isEmpty());
            QVERIFY(d.lostCompetitor.isEmpty());
        }
        if (pb.stage(d.stage)->isOpen())
            QVERIFY(d.expectedClose.isValid());
        else
            QVERIFY(!d.verbalAgreement);
    }
    // Each board column is numbered with sparse positions, one step apart, without duplicates.
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        QList<int> p = it.value();
        std::sort(p.begin(), p.end());
        for (qsizetype i = 0; i < p.size(); ++i)
            QCOMPARE(p.at(i), int(i + 1) * DealRepository::kPositionStep);
    }
}

void TestDemo::historiesAreConsistent()
{
    const Playbook &pb = m_db->playbook();
    const QDateTime now = demoNow();
    const QDateTime earliest = now.addMonths(-13);
    DealRepository repo(*m_db);
    const QList<Deal> deals = repo.list().value();
    const QString first = pb.openStages().first().key;
    for (const Deal &d : deals) {
        const QList<Event> h = repo.history(d.id).value();
        const QString where = u"deal %1"_s.arg(d.id);
        QVERIFY2(!h.isEmpty(), qPrintable(where));
        QCOMPARE(h.first().kind, Event::Kind::Created);
        QCOMPARE(h.first().newValue, first);
        QCOMPARE(h.first().at, d.createdAt);
        QString at = first;
        int qualified = 0;
        QDateTime entered = h.first().at; // of the current stage: the last move
        for (qsizetype i = 0; i < h.size(); ++i) {
            const Event &e = h.at(i);
            QVERIFY2(e.at <= now, qPrintable(where));
            QVERIFY2(e.at >= earliest, qPrintable(where));
            QCOMPARE(e.actor, d.owner);
            if (i == 0)
                continue;
            QVERIFY2(e.at >= h.at(i - 1).at, qPrintable(where + u": events out of order"_s));
            if (e.kind == Event::Kind::Edited && e.field == "quote"_L1) {
                // A sample quote (DemoQuotes): made, sent, signed after the deal's last move.
                QCOMPARE(at, d.stage);
                QVERIFY2(!e.detail.isEmpty(), qPrintable(where)); // the quote's number
                continue;
            }
            if (e.kind == Event::Kind::Qualified) {
                // Scored while still a lead, with the total of its qualification.
                QCOMPARE(at, first);
                QCOMPARE(e.newValue.toInt(), d.bantTotal.value_or(-1));
                ++qualified;
                continue;
            }
            QCOMPARE(e.oldValue, at); // the moves chain from → to
            const Stage *to = pb.stage(e.newValue);
            QVERIFY2(to, qPrintable(e.newValue));
            switch (to->kind) {
            case Stage::Kind::Won:
                QCOMPARE(e.kind, Event::Kind::Won);
                break;
            case Stage::Kind::Lost:
                QCOMPARE(e.kind, Event::Kind::Lost);
                QCOMPARE(e.detail, d.lostCompetitor.isEmpty()
                                       ? d.lostReason
                                       : d.lostReason + u'\n' + d.lostCompetitor);
                break;
            default:
                QCOMPARE(e.kind, Event::Kind::Moved);
                // Forward, one stage at a time, through the open stages.
                if (pb.stage(at)->isOpen() && to->isOpen())
                    QCOMPARE(pb.stageIndex(e.newValue), pb.stageIndex(at) + 1);
            }
            at = e.newValue;
            entered = e.at;
        }
        QCOMPARE(at, d.stage);
        QCOMPARE(qualified, d.bantTotal ? 1 : 0);
        QCOMPARE(entered, d.stageEnteredAt);
    }
}

void TestDemo::qualificationsAndChecklists()
{
    const Playbook &pb = m_db->playbook();
    DealRepository repo(*m_db);
    const QString first = pb.openStages().first().key;
    int leads = 0, scoredLeads = 0, lowLeads = 0, passed = 0;
    for (const Deal &d : repo.list().value()) {
        const QString where = u"deal %1"_s.arg(d.id);
        const QList<Event> h = repo.history(d.id).value();
        const QSet<QString> checked = repo.checked(d.id).value();
        GateEvidence evidence{d.bantTotal, d.contactEmail, d.mrr.cents(), false, checked};
        QSet<QString> expected;
        bool wentOn = false;
        for (const Event &e : h) {
            if (e.kind != Event::Kind::Moved && e.kind != Event::Kind::Won)
                continue;
            wentOn = wentOn || e.oldValue == first;
            // Every gate it passed holds with what the database says now, and its checklist
            // is exactly what the data does not prove.
            const QList<CriterionState> states =
                StageGates::evaluate(pb, e.oldValue, e.newValue, evidence);
            QVERIFY2(StageGates::allMet(states), qPrintable(where + u" "_s + e.newValue));
            GateEvidence bare = evidence;
            bare.checked.clear();
            for (const CriterionState &s : StageGates::evaluate(pb, e.oldValue, e.newValue, bare))
                if (!s.met)
                    expected.insert(s.criterion.key);
            if (!states.isEmpty())
                ++passed;
        }
        QCOMPARE(checked, expected);
        const auto quals = QualificationRepository(*m_db).history(d.id).value();
        QVERIFY(quals.size() <= 1);
        if (wentOn) {
            QVERIFY2(d.bantTotal && *d.bantTotal >= 10, qPrintable(where));
            QCOMPARE(quals.size(), 1);
            QVERIFY(quals.first().authority >= 1 && quals.first().fit <= 3);
        } else {
            ++leads;
            scoredLeads += d.bantTotal ? 1 : 0;
            lowLeads += d.bantTotal && *d.bantTotal < 10 ? 1 : 0;
        }
    }
    QVERIFY(passed > 100);
    // About half of the deals that never left Lead were scored, some of them under the bar.
    QVERIFY2(scoredLeads > leads / 4 && scoredLeads < leads * 3 / 4,
             qPrintable(u"%1 of %2"_s.arg(scoredLeads).arg(leads)));
    QVERIFY(lowLeads > 0);
    QVERIFY(countRows(*m_db, u"SELECT count(*) FROM deal_checks WHERE criterion = "
                             "'signed-quote'"_s) > 0);
}

void TestDemo::cancelLeavesNoSampleData_data()
{
    QTest::addColumn<int>("deals");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("at once") << 300 << 0;
    QTest::newRow("midway") << 5000 << 2000;
}

void TestDemo::cancelLeavesNoSampleData()
{
    QFETCH(int, deals);
    QFETCH(int, cancelAt);
    auto fresh = open(u"cancel.db"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
    Database &db = **fresh;
    // The user's own data stays.
    Company mine = sampleCompany(u"Mine"_s);
    DB_CHECK(CompanyRepository(db).create(mine));
    Deal deal = sampleDeal(mine.id, u"My deal"_s);
    DB_CHECK(DealRepository(db).create(deal));
    const QStringList before = dump(db);

    QList<int> calls;
    DemoGenerator::Options options;
    options.deals = deals;
    options.now = demoNow();
    const auto summary = DemoGenerator(db).generate(options, [&](int done, int total) {
        calls << done;
        return !(total == deals && done >= cancelAt);
    });
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errorKind(), ErrorKind::User);
    QVERIFY2(summary.errorMessage().contains("Cancel"_L1), qPrintable(summary.errorMessage()));
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), cancelAt);
    QCOMPARE(dump(db), before);
    QCOMPARE(countRows(db, u"SELECT count(*) FROM companies"_s), qint64(1));
    QCOMPARE(countRows(db, u"SELECT count(*) FROM contacts"_s), qint64(0));
    QCOMPARE(countRows(db, u"SELECT count(*) FROM deals"_s), qint64(1));
    QCOMPARE(countRows(db, u"SELECT count(*) FROM events"_s), qint64(2));
    QCOMPARE(db.integrityCheck(true).value(), QStringList{u"ok"_s});

    // Without cancelling, the progress goes up to the total.
    calls.clear();
    options.deals = 100;
    DB_CHECK(DemoGenerator(db).generate(options, [&](int done, int total) {
        calls << done;
        return total == 100;
    }));
    QCOMPARE(calls.first(), 0);
    QCOMPARE(calls.last(), 100);
    QCOMPARE(countRows(db, u"SELECT count(*) FROM deals"_s), qint64(101));
}

void TestDemo::refusesBadCount()
{
    DemoGenerator::Options options;
    options.deals = -1;
    const qint64 before = countRows(*m_db, u"SELECT count(*) FROM deals"_s);
    QVERIFY(!DemoGenerator(*m_db).generate(options).ok());
    options.deals = 1000001;
    QVERIFY(!DemoGenerator(*m_db).generate(options).ok());
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM deals"_s), before);
}

// The generator drops the indexes for the bulk load and builds them again: the schema after it
// is the schema before it, index for index, also when it was cancelled.
void TestDemo::indexesComeBack()
{
    auto fresh = open(u"indexes.db"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
    Database &db = **fresh;
    const auto indexes = [&db] {
        QStringList out;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
               "AND sql IS NOT NULL ORDER BY name"_s);
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList before = indexes();
    QVERIFY(before.size() > 10);
    QVERIFY(generate(db, 3, 50));
    QCOMPARE(indexes(), before);
    DemoGenerator::Options options;
    options.deals = 50;
    options.now = demoNow();
    QVERIFY(!DemoGenerator(db).generate(options, [](int done, int) { return done < 0; }).ok());
    QCOMPARE(indexes(), before);
    QCOMPARE(db.integrityCheck().value(), QStringList{u"ok"_s});
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
