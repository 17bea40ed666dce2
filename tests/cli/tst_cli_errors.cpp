// End-to-end tests of dealboard-cli refusals, errors and exit codes, help, and options.

#include "clirunner.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusedDatabasesExitWith2();
    void userErrorsExitWith1_data();
    void userErrorsExitWith1();
    void help();
    void globalOptionsAfterCommand();

private:
    QString db(const QString &name = u"cli.db"_s) const { return m_fx->db(name); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments, const QString &file = {})
    {
        return m_fx->ok(arguments, file);
    }
    qint64 addDeal(const QString &title, const QString &stage = u"lead"_s)
    {
        return m_fx->addDeal(title, stage);
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliErrors::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
}

void TestCliErrors::cleanup()
{
    QFile::setPermissions(db(), QFile::ReadOwner | QFile::WriteOwner);
    m_fx.reset();
}

void TestCliErrors::refusedDatabasesExitWith2()
{
    auto expect2 = [this](const QString &file, const QString &fragment) {
        const QByteArray hash = fileHash(file);
        for (const QStringList &args :
             {QStringList{u"deal"_s, u"list"_s}, QStringList{u"init"_s},
              QStringList{u"company"_s, u"add"_s, u"X"_s}, QStringList{u"check"_s}}) {
            const Run r = cli(QStringList{u"--db"_s, file} + args);
            if (r.code != 2 || !r.oneErrorLine() || !r.err.contains(fragment) || !r.out.isEmpty() ||
                fileHash(file) != hash) {
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.describe()));
                return false;
            }
        }
        return true;
    };
    const QString text = db(u"notes.txt"_s);
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database\n").repeated(100));
    }
    QVERIFY(expect2(text, u"SQLite"_s));

    const QString newer = db(u"newer.db"_s);
    QCOMPARE(ok({u"init"_s}, newer).code, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(u"PRAGMA user_version = %1"_s.arg(dealboard::Migrations::latestVersion() + 1)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    QVERIFY(expect2(newer, u"newer"_s));

    QCOMPARE(ok({u"init"_s}).code, 0);
    {
        auto holder = dealboard::Database::open(db()); // another Dealboard has it open
        QVERIFY2(holder.ok(), qPrintable(holder.errorMessage()));
        for (const QStringList &args :
             {QStringList{u"init"_s}, QStringList{u"company"_s, u"add"_s, u"X"_s},
              QStringList{u"deal"_s, u"add"_s, u"--title"_s, u"T"_s, u"--company"_s, u"X"_s,
                          u"--mrr"_s, u"1"_s}}) {
            const Run r = cli(QStringList{u"--db"_s, db()} + args);
            QVERIFY2(r.code == 2 && r.oneErrorLine() && r.err.contains(u"already open"_s),
                     qPrintable(r.describe()));
        }
        QCOMPARE(ok({u"deal"_s, u"list"_s}).code, 0); // reading is still fine
    }
    QCOMPARE(ok({u"company"_s, u"add"_s, u"X"_s}).code, 0);

    QVERIFY(QFile::setPermissions(db(), QFile::ReadOwner | QFile::ReadGroup));
    const Run r = cli({u"--db"_s, db(), u"company"_s, u"add"_s, u"Y"_s});
    QVERIFY2(r.code == 2 && r.oneErrorLine() && r.err.contains(u"read-only"_s),
             qPrintable(r.describe()));
}

void TestCliErrors::userErrorsExitWith1_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("oneLine");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << true;
    QTest::newRow("unknown subcommand") << QStringList{u"deal"_s, u"frobnicate"_s} << false;
    QTest::newRow("no command") << QStringList{} << false;
    QTest::newRow("bad option") << QStringList{u"deal"_s, u"list"_s, u"--bogus"_s} << true;
    QTest::newRow("bad global option") << QStringList{u"--bogus"_s, u"deal"_s, u"list"_s} << true;
    QTest::newRow("missing argument") << QStringList{u"deal"_s, u"show"_s} << true;
    QTest::newRow("extra argument") << QStringList{u"check"_s, u"now"_s} << true;
    QTest::newRow("unknown stage")
        << QStringList{u"deal"_s, u"add"_s,   u"--title"_s, u"T"_s,       u"--company"_s,
                       u"Acme"_s, u"--mrr"_s, u"10"_s,      u"--stage"_s, u"closing"_s}
        << true;
    QTest::newRow("bad money") << QStringList{u"deal"_s,      u"add"_s,  u"--title"_s, u"T"_s,
                                              u"--company"_s, u"Acme"_s, u"--mrr"_s,   u"abc"_s}
                               << true;
    QTest::newRow("newline in the value") // the message quotes it, still on one line
        << QStringList{u"deal"_s,      u"add"_s,  u"--title"_s, u"T"_s,
                       u"--company"_s, u"Acme"_s, u"--mrr"_s,   u"12\n;5"_s}
        << true;
    QTest::newRow("three decimals")
        << QStringList{u"deal"_s,      u"add"_s,  u"--title"_s, u"T"_s,
                       u"--company"_s, u"Acme"_s, u"--mrr"_s,   u"12,3456"_s}
        << true;
    QTest::newRow("missing --mrr")
        << QStringList{u"deal"_s, u"add"_s, u"--title"_s, u"T"_s, u"--company"_s, u"Acme"_s}
        << true;
    QTest::newRow("bad date") << QStringList{u"deal"_s,      u"add"_s,       u"--title"_s,
                                             u"T"_s,         u"--company"_s, u"Acme"_s,
                                             u"--mrr"_s,     u"1"_s,         u"--close-date"_s,
                                             u"31/12/2026"_s}
                              << true;
    QTest::newRow("start as lost")
        << QStringList{u"deal"_s, u"add"_s,   u"--title"_s, u"T"_s,       u"--company"_s,
                       u"Acme"_s, u"--mrr"_s, u"1"_s,       u"--stage"_s, u"lost"_s}
        << true;
    QTest::newRow("deal show 999999") << QStringList{u"deal"_s, u"show"_s, u"999999"_s} << true;
    QTest::newRow("missing database")
        << QStringList{u"--db"_s, u"/nonexistent/dir/x.db"_s, u"deal"_s, u"list"_s} << true;
}

void TestCliErrors::userErrorsExitWith1()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, oneLine);
    QCOMPARE(ok({u"init"_s}).code, 0);
    const QByteArray before = fileHash(db());
    const Run r =
        cli(arguments.contains(u"--db"_s) ? arguments : QStringList{u"--db"_s, db()} + arguments);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
    if (oneLine)
        QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(db()), before); // nothing was written (no company created either)
}

void TestCliErrors::help()
{
    Run r = cli({u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Usage"_s));
    for (const QString &command : {u"init"_s, u"demo"_s, u"company add"_s, u"contact list"_s,
                                   u"deal add"_s, u"deal move"_s, u"check"_s, u"backup"_s})
        QVERIFY2(r.out.contains(command), qPrintable(command));
    r = cli({u"deal"_s, u"add"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    for (const QString &option : {u"--title"_s, u"--company"_s, u"--mrr"_s, u"--email"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
    r = cli({u"deal"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"deal move"_s));
    r = cli({u"--version"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral(DEALBOARD_VERSION)));
    QVERIFY(!QFile::exists(m_fx->dir.filePath(u"xdg/dealboard/dealboard.db"_s)));
}

void TestCliErrors::globalOptionsAfterCommand()
{
    addDeal(u"Anywhere"_s, u"demo"_s);
    const Run before = cli({u"--db"_s, db(), u"--json"_s, u"deal"_s, u"list"_s});
    const Run after = cli({u"deal"_s, u"list"_s, u"--db"_s, db(), u"--json"_s});
    const Run mixed =
        cli({u"--json"_s, u"deal"_s, u"list"_s, u"--stage"_s, u"demo"_s, u"--db"_s, db()});
    QCOMPARE(before.code, 0);
    QCOMPARE(after.code, 0);
    QCOMPARE(mixed.code, 0);
    QCOMPARE(after.json().toArray().size(), 1);
    QCOMPARE(after.out, before.out);
    QCOMPARE(mixed.out, before.out);
    // The default database was never touched.
    QVERIFY(!QFile::exists(m_fx->dir.filePath(u"xdg/dealboard/dealboard.db"_s)));
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
