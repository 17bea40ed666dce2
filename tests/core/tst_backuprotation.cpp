#include "storage/backuprotation.h"
#include "storage/backupservice.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// Local time in the zone main() sets (Paris: UTC+1 in winter, +2 in summer).
QDateTime local(const QString &text)
{
    return QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
}

BackupInfo backup(const QString &text, int sequence = 1)
{
    const QDateTime time = local(text);
    return BackupInfo{QString(), BackupService::fileName(time, sequence), time, sequence, 0};
}

QStringList names(const QList<BackupInfo> &backups)
{
    QStringList result;
    for (const BackupInfo &b : backups)
        result << b.fileName;
    return result;
}

// One backup a day at 09:00 from `first` for `count` days.
QList<BackupInfo> daily(const QDate &first, int count)
{
    QList<BackupInfo> result;
    for (int i = 0; i < count; ++i)
        result << backup(first.addDays(i).toString(u"yyyy-MM-dd"_s) + u" 09:00:00"_s);
    return result;
}

} // namespace

class TestBackupRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToRotate();
    void oneBackupIsKept();
    void newestOfEachDay();
    void sevenDailyThenWeekly();
    void dayChangesAtLocalMidnight();
    void weekChangesOnMonday();
    void weekAcrossTheNewYear();
    void gapsInDays();
    void fourWeeksAtMost();
    void sameSecondUsesTheSequence();
    void clockGoingBackwards();
    void orderDoesNotMatter();
    void namesRoundTrip();
    void isDue();
};

void TestBackupRotation::nothingToRotate()
{
    const BackupRotation::Plan plan = BackupRotation::plan({}, local(u"2026-11-24 10:00:00"_s));
    QVERIFY(plan.keep.isEmpty());
    QVERIFY(plan.remove.isEmpty());
}

void TestBackupRotation::oneBackupIsKept()
{
    // Even a year old, the only backup is the newest one.
    const QList<BackupInfo> one{backup(u"2025-11-24 09:00:00"_s)};
    const BackupRotation::Plan plan = BackupRotation::plan(one, local(u"2026-11-24 10:00:00"_s));
    QCOMPARE(plan.keep, names(one));
    QVERIFY(plan.remove.isEmpty());
}

void TestBackupRotation::newestOfEachDay()
{
    const QList<BackupInfo> backups{
        backup(u"2026-11-24 09:00:00"_s), backup(u"2026-11-24 13:00:00"_s),
        backup(u"2026-11-24 17:00:00"_s), backup(u"2026-11-23 08:00:00"_s),
        backup(u"2026-11-23 23:59:59"_s)};
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-24 18:00:00"_s));
    QCOMPARE(plan.keep, (QStringList{backups[2].fileName, backups[4].fileName}));
    QCOMPARE(plan.remove,
             (QStringList{backups[1].fileName, backups[0].fileName, backups[3].fileName}));
}

void TestBackupRotation::sevenDailyThenWeekly()
{
    // 2026-11-02 is a Monday: four weeks of daily backups up to Sunday 2026-11-29.
    const QList<BackupInfo> backups = daily(QDate(2026, 11, 2), 28);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-29 12:00:00"_s));
    // The last 7 days (23 … 29), then the newest of each older week: Sunday 22, 15 and 8.
    QStringList expected;
    for (int day = 29; day >= 23; --day)
        expected << BackupService::fileName(QDateTime(QDate(2026, 11, day), QTime(9, 0)));
    for (int day : {22, 15, 8})
        expected << BackupService::fileName(QDateTime(QDate(2026, 11, day), QTime(9, 0)));
    QCOMPARE(plan.keep, expected);
    QCOMPARE(plan.keep.size() + plan.remove.size(), backups.size());
}

void TestBackupRotation::dayChangesAtLocalMidnight()
{
    // 23:59:59 and 00:00:00 local are two days, though the same UTC day (23:00 UTC).
    const QList<BackupInfo> backups{backup(u"2026-11-23 23:59:59"_s),
                                    backup(u"2026-11-24 00:00:00"_s),
                                    backup(u"2026-11-23 00:00:00"_s)};
    QCOMPARE(backups[0].time.toUTC().date(), backups[1].time.toUTC().date());
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-24 00:00:01"_s));
    QCOMPARE(plan.keep, (QStringList{backups[1].fileName, backups[0].fileName}));
    QCOMPARE(plan.remove, QStringList{backups[2].fileName});
}

void TestBackupRotation::weekChangesOnMonday()
{
    // Seven daily days from Monday 23rd; older: Monday 16th 00:00 (its week) and Sunday 15th
    // 23:59:59 and Saturday 14th (the week before).
    QList<BackupInfo> backups = daily(QDate(2026, 11, 23), 7);
    backups << backup(u"2026-11-16 00:00:00"_s) << backup(u"2026-11-15 23:59:59"_s)
            << backup(u"2026-11-14 12:00:00"_s);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-29 12:00:00"_s));
    QCOMPARE(plan.keep.size(), 9);
    QVERIFY(plan.keep.contains(backups[7].fileName));
    QVERIFY(plan.keep.contains(backups[8].fileName));
    QCOMPARE(plan.remove, QStringList{backups[9].fileName});
}

void TestBackupRotation::weekAcrossTheNewYear()
{
    // Thursday 31 December 2026 and Friday 1 January 2027 are both in ISO week 53 of 2026.
    QList<BackupInfo> backups = daily(QDate(2027, 1, 11), 7);
    backups << backup(u"2027-01-01 09:00:00"_s) << backup(u"2026-12-31 09:00:00"_s)
            << backup(u"2026-12-27 09:00:00"_s);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2027-01-17 12:00:00"_s));
    QVERIFY(plan.keep.contains(backups[7].fileName));
    QVERIFY(plan.keep.contains(backups[9].fileName)); // Sunday 27 December: week 52
    QCOMPARE(plan.remove, QStringList{backups[8].fileName});
}

void TestBackupRotation::gapsInDays()
{
    // The last 7 days that have a backup, however far apart.
    QList<BackupInfo> backups;
    for (const QString &day : {u"2026-11-24"_s, u"2026-11-20"_s, u"2026-11-02"_s, u"2026-10-15"_s,
                               u"2026-09-01"_s, u"2026-08-01"_s, u"2026-07-01"_s, u"2026-06-01"_s})
        backups << backup(day + u" 09:00:00"_s) << backup(day + u" 08:00:00"_s);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-24 12:00:00"_s));
    // 7 dailies (24 Nov … 1 Jul) and 1 June as a weekly; the 08:00 ones go.
    QCOMPARE(plan.keep.size(), 8);
    for (qsizetype i = 0; i < backups.size(); ++i)
        QCOMPARE(plan.keep.contains(backups[i].fileName), i % 2 == 0);
}

void TestBackupRotation::fourWeeksAtMost()
{
    QList<BackupInfo> backups = daily(QDate(2026, 11, 23), 7);
    for (int week = 1; week <= 6; ++week)
        backups << backup(QDate(2026, 11, 23).addDays(-7 * week).toString(u"yyyy-MM-dd"_s) +
                          u" 08:00:00"_s);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-29 12:00:00"_s));
    QCOMPARE(plan.keep.size(), 11);
    QCOMPARE(plan.remove, (QStringList{backups[11].fileName, backups[12].fileName}));
}

void TestBackupRotation::sameSecondUsesTheSequence()
{
    const QList<BackupInfo> backups{backup(u"2026-11-24 09:15:00"_s),
                                    backup(u"2026-11-24 09:15:00"_s, 3),
                                    backup(u"2026-11-24 09:15:00"_s, 2)};
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-24 09:15:00"_s));
    QCOMPARE(plan.keep, QStringList{backups[1].fileName});
    QCOMPARE(plan.remove, (QStringList{backups[2].fileName, backups[0].fileName}));
}

void TestBackupRotation::clockGoingBackwards()
{
    // Backups dated in 2027 by a wrong clock, now set back to 2026: they are kept, and the
    // backups from now on get their daily slots all the same.
    QList<BackupInfo> backups = daily(QDate(2027, 3, 1), 8);
    backups << daily(QDate(2026, 11, 16), 9);
    const BackupRotation::Plan plan =
        BackupRotation::plan(backups, local(u"2026-11-24 12:00:00"_s));
    for (qsizetype i = 0; i < 8; ++i)
        QVERIFY(plan.keep.contains(backups[i].fileName));
    // 18 … 24 November daily, 16 and 17 November (one week) → 17 as a weekly.
    QCOMPARE(plan.remove, QStringList{backups[8].fileName});
    QCOMPARE(plan.keep.size(), 16);

    // The newest backup is kept even when it is the only one before now.
    const QList<BackupInfo> two{backup(u"2027-03-01 09:00:00"_s), backup(u"2020-01-01 09:00:00"_s)};
    QCOMPARE(BackupRotation::plan(two, local(u"2026-11-24 12:00:00"_s)).keep.size(), 2);
}

void TestBackupRotation::orderDoesNotMatter()
{
    QList<BackupInfo> backups = daily(QDate(2026, 9, 1), 90);
    backups << daily(QDate(2026, 10, 1), 30);
    for (qsizetype i = 0; i < 30; ++i)
        backups[90 + i] =
            backup(backups[90 + i].time.addSecs(7200).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    const QDateTime now = local(u"2026-11-29 23:00:00"_s);
    const BackupRotation::Plan reference = BackupRotation::plan(backups, now);
    QRandomGenerator random(42);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(backups.begin(), backups.end(), random);
        const BackupRotation::Plan plan = BackupRotation::plan(backups, now);
        QCOMPARE(plan.keep, reference.keep);
        QCOMPARE(plan.remove, reference.remove);
    }
    QCOMPARE(reference.keep.size(), 11);
}

void TestBackupRotation::namesRoundTrip()
{
    const QDateTime time = local(u"2026-11-24 09:15:00"_s);
    QCOMPARE(BackupService::fileName(time), u"dealboard-2026-11-24T091500.db"_s);
    QCOMPARE(BackupService::fileName(time, 2), u"dealboard-2026-11-24T091500-2.db"_s);
    const auto parsed = BackupService::parseFileName(u"dealboard-2026-11-24T091500-2.db"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->time, time);
    QCOMPARE(parsed->sequence, 2);
    for (const QString &other :
         {u"dealboard.db"_s, u"dealboard-2026-11-24T091500.db-wal"_s,
          u"dealboard-2026-11-24T091500-1.db"_s, u"dealboard-2026-13-24T091500.db"_s,
          u"notes-2026-11-24T091500.db"_s, u".dealboard-backup-1234.tmp"_s,
          u"dealboard-2026-11-24T091500.db.part"_s})
        QVERIFY2(!BackupService::parseFileName(other), qPrintable(other));
}

void TestBackupRotation::isDue()
{
    const QDateTime last = local(u"2026-11-24 09:00:00"_s);
    QVERIFY(BackupService::isDue(QDateTime(), 4, last));
    QVERIFY(!BackupService::isDue(last, 4, last.addSecs(4 * 3600 - 1)));
    QVERIFY(BackupService::isDue(last, 4, last.addSecs(4 * 3600)));
    QVERIFY(BackupService::isDue(last, 4, last.addSecs(-60))); // the clock went back
}

int main(int argc, char **argv)
{
    // Paris time without tzdata: the day changes at local midnight, an hour before UTC's.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QCoreApplication app(argc, argv);
    TestBackupRotation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backuprotation.moc"
