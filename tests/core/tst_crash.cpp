#include "storage/eventlog.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// A writer killed with SIGKILL in the middle of its loop loses nothing it reported as saved,
// leaves a sound database, and its stale lock does not keep the next process out.
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothing();

private:
    // Runs the writer until it has reported at least `wanted` ids, then kills it. Returns the
    // ids it reported.
    QList<qint64> runAndKill(const QString &path, int wanted);
};

QList<qint64> TestCrash::runAndKill(const QString &path, int wanted)
{
    QList<qint64> ids;
    QProcess writer;
    writer.setProgram(QStringLiteral(DEALBOARD_CRASHWRITER));
    writer.setArguments({path});
    writer.start();
    if (!writer.waitForStarted(10000)) {
        qWarning("cannot start the writer: %s", qPrintable(writer.errorString()));
        return {};
    }
    QByteArray pending;
    auto take = [&] {
        pending += writer.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            ids << pending.left(end).toLongLong();
            pending.remove(0, end + 1);
        }
    };
    const QDeadlineTimer deadline(60000);
    while (ids.size() < wanted && !deadline.hasExpired()) {
        if (!writer.waitForReadyRead(5000) && writer.state() != QProcess::Running)
            break;
        take();
    }
    const bool running = writer.state() == QProcess::Running;
    writer.kill(); // SIGKILL: no destructor, no unlock, no checkpoint
    writer.waitForFinished(10000);
    take(); // lines already written before the kill were committed too
    if (!running || writer.exitStatus() != QProcess::CrashExit) {
        qWarning("the writer stopped by itself (exit %d): %s", writer.exitCode(),
                 writer.readAllStandardError().constData());
        return {};
    }
    return ids;
}

void TestCrash::killedWriterLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"crash.db"_s);
    QList<qint64> reported;
    for (const int wanted : {300, 420, 650}) {
        const QList<qint64> ids = runAndKill(path, wanted);
        QVERIFY2(ids.size() >= wanted, qPrintable(u"got %1 ids"_s.arg(ids.size())));
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) > ids.at(i - 1));
        reported << ids;
        // The killed process left its lock and its write-ahead log behind.
        QVERIFY(QFile::exists(path + u".lock"_s));
        QVERIFY(QFile::exists(path + u"-wal"_s));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE((*db)->integrityCheck(true).value(), QStringList{u"ok"_s});

        DealRepository deals(**db);
        QSet<qint64> stored;
        const QList<Deal> all = deals.list().value();
        for (const Deal &d : all)
            stored.insert(d.id);
        QSet<qint64> created;
        QSqlQuery q((*db)->connection());
        QVERIFY(
            q.exec(u"SELECT entity_id FROM events WHERE entity = 'deal' AND kind = 'created'"_s));
        while (q.next())
            created.insert(q.value(0).toLongLong());
        q.finish();
        for (const qint64 id : std::as_const(reported)) {
            QVERIFY2(stored.contains(id), qPrintable(u"deal %1 was lost"_s.arg(id)));
            QVERIFY2(created.contains(id), qPrintable(u"deal %1 has no event"_s.arg(id)));
        }
        // Every deal that made it has its event, and the other way round (one transaction).
        QCOMPARE(created, stored);
        QVERIFY(stored.size() >= reported.size());
        QVERIFY(stored.size() <= reported.size() + 3); // at most one unreported commit per run
        QCOMPARE(countRows(**db, u"SELECT count(*) FROM companies"_s), qint64(1));
        const Deal last = deals.find(reported.last()).value();
        QCOMPARE(last.companyName, u"Crash Test SA"_s);
        QCOMPARE(last.nextStep, u"Call back"_s);
    }
    QVERIFY(reported.size() >= 300 + 420 + 650);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
