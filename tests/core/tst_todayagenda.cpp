#include "io/icswriter.h"
#include "rules/followuprules.h"
#include "rules/todayagenda.h"
#include "storage/activityrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

// The iCalendar lines unfolded (RFC 5545 §3.1), for reading a file back.
QStringList unfolded(const QByteArray &ics)
{
    QStringList lines;
    for (const QByteArray &raw : ics.split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last() += QString::fromUtf8(line.mid(1));
        else if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    }
    return lines;
}

} // namespace

// The Today view's contents on a known set of activities, and the .ics export read back.
class TestTodayAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sectionsOfTheDay();
    void icsReadsBack();

private:
    qint64 add(Activity::Kind kind, const QString &title, int days, QTime time = {});

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
};

void TestTodayAgenda::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"today.db"_s), QString());
    Company c = sampleCompany();
    DB_CHECK(CompanyRepository(*m_fx->db).create(c));
    Deal d = sampleDeal(c.id, u"Hébergement; \"cloud\", souverain"_s);
    d.source = u"Outbound"_s;
    DB_CHECK(DealRepository(*m_fx->db).create(d));
    m_deal = d.id;
}

void TestTodayAgenda::cleanup()
{
    m_fx.reset();
}

qint64 TestTodayAgenda::add(Activity::Kind kind, const QString &title, int days, QTime time)
{
    Activity a;
    a.dealId = m_deal;
    a.kind = kind;
    a.title = title;
    a.due = fixedNow().toLocalTime().date().addDays(days);
    a.dueTime = time;
    const Result<qint64> id = ActivityRepository(*m_fx->db).add(a);
    return id ? *id : 0;
}

void TestTodayAgenda::sectionsOfTheDay()
{
    add(Activity::Kind::Email, u"Send the proposal"_s, 0);
    add(Activity::Kind::Call, u"Call back"_s, -2);
    add(Activity::Kind::Demo, u"Demo"_s, 0, QTime(23, 0));
    add(Activity::Kind::Task, u"Next week"_s, 7);
    const qint64 done = add(Activity::Kind::Task, u"Done already"_s, 0);
    DB_CHECK(ActivityRepository(*m_fx->db).complete(done));
    // A new inbound lead, due 4 hours from now.
    Deal lead = sampleDeal(DealRepository(*m_fx->db).find(m_deal)->companyId, u"New lead"_s);
    DB_CHECK(DealRepository(*m_fx->db).create(lead));
    DB_CHECK(FollowUpRules::apply(*m_fx->db, m_fx->clock.now()));
    m_fx->clock.advanceSecs(3600);

    const Result<Agenda> agenda = TodayAgenda::build(*m_fx->db, m_fx->clock.now());
    QVERIFY(agenda);
    QCOMPARE(agenda->newLeads.size(), 1);
    QCOMPARE(agenda->newLeads.first().minutesLeft, 3 * 60);
    QCOMPARE(agenda->newLeads.first().dealTitle, u"New lead"_s);
    QCOMPARE(agenda->replies.size(), 1);
    QCOMPARE(agenda->replies.first().activity.title, u"Send the proposal"_s);
    QCOMPARE(agenda->demos.size(), 2); // the demo, and its prep for today
    QCOMPARE(agenda->followUps.size(), 1);
    QVERIFY(agenda->followUps.first().overdue);
    QCOMPARE(agenda->followUps.first().companyName, u"Boulangerie Martin"_s);
    QCOMPARE(agenda->size(), 5);
}

void TestTodayAgenda::icsReadsBack()
{
    add(Activity::Kind::Call, u"Appeler; \"vite\", merci"_s, 1, QTime(14, 30));
    const qint64 note = add(Activity::Kind::Task, u"Préparer la démo — environnement"_s, 2);
    Activity a = ActivityRepository(*m_fx->db).find(note).value();
    a.note = u"Ligne 1\nLigne 2 avec une très longue phrase qui dépasse largement les "
             "soixante-quinze octets d'une ligne iCalendar"_s;
    DB_CHECK(ActivityRepository(*m_fx->db).update(a));
    ActivityQuery open;
    open.openOnly = true;
    QList<IcsEntry> entries;
    for (const Activity &x : ActivityRepository(*m_fx->db).list(open).value())
        entries << IcsEntry{x, u"Hébergement; \"cloud\", souverain"_s, u"Boulangerie"_s};
    const QByteArray ics = IcsWriter::document(entries, fixedNow(), u"test"_s);
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    const QStringList lines = unfolded(ics);
    QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
    QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), 2);
    QVERIFY(lines.contains(u"SUMMARY:Appeler\\; \"vite\"\\, merci"_s));
    const QDateTime start = QDateTime(fixedNow().toLocalTime().date().addDays(1), QTime(14, 30));
    QVERIFY(lines.contains(u"DTSTART:"_s + start.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
    QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:"_s +
                           fixedNow().toLocalTime().date().addDays(2).toString(u"yyyyMMdd"_s)));
    QVERIFY(lines.contains(u"SUMMARY:Préparer la démo — environnement"_s));
    bool described = false;
    for (const QString &l : lines)
        if (l.startsWith(u"DESCRIPTION:"_s) && l.contains(u"Ligne 1\\nLigne 2"_s) &&
            l.contains(u"iCalendar"_s) && l.contains(u"Hébergement\\; \"cloud\"\\, souverain"_s))
            described = true;
    QVERIFY(described);
    QVERIFY(lines.contains(u"UID:activity-%1@test"_s.arg(note)));
    // Written whole or not at all.
    const QString path = m_fx->dir.filePath(u"f.ics"_s);
    DB_CHECK(IcsWriter::writeFile(path, entries, fixedNow(), u"test"_s));
    QCOMPARE(fileHash(path), QCryptographicHash::hash(ics, QCryptographicHash::Sha256).toHex());
    QVERIFY(!IcsWriter::writeFile(m_fx->dir.filePath(u"no/such/dir/f.ics"_s), entries, fixedNow(),
                                  u"test"_s));
}

QTEST_GUILESS_MAIN(TestTodayAgenda)
#include "tst_todayagenda.moc"
