#include "demo/demogenerator.h"
#include "io/databasejson.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

// Every row of every table, as SQLite gives them back.
QMap<QString, QList<QVariantList>> contents(Database &db)
{
    QMap<QString, QList<QVariantList>> out;
    QSqlQuery tables(db.connection());
    tables.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%'"_s);
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        const bool withoutRowid = tables.value(1).toString().contains(u"WITHOUT ROWID"_s);
        QSqlQuery q(db.connection());
        q.exec(u"SELECT * FROM %1%2"_s.arg(name, withoutRowid ? QString() : u" ORDER BY rowid"_s));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
        out.insert(name, rows);
    }
    return out;
}

QStringList schema(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

} // namespace

// The whole database as JSON and back into an empty one: an exact copy, or a clear refusal.
class TestDatabaseJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripIsExact();
    void refusesANonEmptyDatabase();
    void refusesAnotherSchemaVersion();
    void refusesBrokenJson();

private:
    std::unique_ptr<Database> openDb(const QString &name);
    QString exportSource();

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestDatabaseJson::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"source.db"_s), QString());
}

void TestDatabaseJson::cleanup()
{
    m_fx.reset();
}

std::unique_ptr<Database> TestDatabaseJson::openDb(const QString &name)
{
    auto opened = Database::open(m_fx->dir.filePath(name));
    if (!opened)
        return nullptr;
    return std::move(opened).value();
}

// 200 demo deals with their quotes, a deleted deal, a logo and a signature image (BLOBs).
QString TestDatabaseJson::exportSource()
{
    Database &db = *m_fx->db;
    DemoGenerator::Options options;
    options.deals = 200;
    options.now = fixedNow();
    if (const auto demo = DemoGenerator(db).generate(options); !demo) {
        qWarning() << demo.errorMessage();
        return {};
    }
    for (const QString &sql :
         {u"UPDATE deals SET deleted_at = 1 WHERE id = 3"_s,
          u"INSERT INTO seller (id, company_name, logo, updated_at) VALUES (1, 'VM Cloud', "
          "x'89504E470D0A1A0A00FF', 5) ON CONFLICT (id) DO UPDATE SET logo = excluded.logo"_s,
          u"UPDATE quotes SET signature_image = x'0001FEFF' WHERE id = (SELECT min(id) FROM "
          "quotes WHERE status = 'draft')"_s}) {
        if (const QString error = execOn(db, sql); !error.isEmpty()) {
            qWarning() << error;
            return {};
        }
    }
    const QString path = m_fx->dir.filePath(u"export.json"_s);
    const auto rows = DatabaseJson(db).writeFile(path);
    if (!rows)
        qWarning() << rows.errorMessage();
    return rows && *rows > 0 ? path : QString();
}

void TestDatabaseJson::roundTripIsExact()
{
    const QString path = exportSource();
    QVERIFY(!path.isEmpty());
    QVERIFY(countRows(*m_fx->db, u"SELECT count(*) FROM quotes"_s) > 0);
    QVERIFY(countRows(*m_fx->db, u"SELECT count(*) FROM quotes WHERE status <> 'draft'"_s) > 0);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"dealboard"_s);
    QCOMPARE(root.value(u"schemaVersion"_s).toInt(), m_fx->db->schemaVersion());
    QVERIFY(root.value(u"tables"_s).toObject().contains(u"playbook"_s));
    QVERIFY(root.value(u"tables"_s).toObject().contains(u"events"_s));

    auto target = openDb(u"target.db"_s);
    QVERIFY(target);
    const auto imported = DatabaseJson(*target).readFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(*imported > 1000);

    const auto expected = contents(*m_fx->db);
    const auto actual = contents(*target);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(actual.value(it.key()).size(), it.value().size());
        QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(schema(*target), schema(*m_fx->db));
    QCOMPARE(countRows(*target, u"SELECT count(*) FROM pragma_foreign_key_check"_s), qint64(0));
    QCOMPARE(target->playbook().toJson(), m_fx->db->playbook().toJson());
    // The triggers are back: the log is append-only again.
    QVERIFY(!execOn(*target, u"DELETE FROM events"_s).isEmpty());

    // The reopened copy is the same too.
    target.reset();
    auto reopened = openDb(u"target.db"_s);
    QVERIFY(reopened);
    QVERIFY(contents(*reopened) == expected);
}

void TestDatabaseJson::refusesANonEmptyDatabase()
{
    const QString path = exportSource();
    QVERIFY(!path.isEmpty());
    auto target = openDb(u"target.db"_s);
    QVERIFY(target);
    Company c = sampleCompany();
    DB_CHECK(CompanyRepository(*target).create(c));
    const auto before = contents(*target);
    const auto imported = DatabaseJson(*target).readFile(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errorKind(), ErrorKind::Refused);
    QVERIFY(imported.errorMessage().contains(u"not empty"_s));
    QVERIFY(contents(*target) == before);
}

void TestDatabaseJson::refusesAnotherSchemaVersion()
{
    const QString path = exportSource();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(u"schemaVersion"_s, m_fx->db->schemaVersion() + 1);
    auto target = openDb(u"target.db"_s);
    QVERIFY(target);
    const auto before = contents(*target);
    const auto imported = DatabaseJson(*target).read(QJsonDocument(root).toJson());
    QVERIFY(!imported.ok());
    QVERIFY(imported.errorMessage().contains(QString::number(m_fx->db->schemaVersion() + 1)));
    QVERIFY(contents(*target) == before);
}

void TestDatabaseJson::refusesBrokenJson()
{
    const QString path = exportSource();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    auto target = openDb(u"target.db"_s);
    QVERIFY(target);
    const auto before = contents(*target);
    const auto broken = DatabaseJson(*target).read(json.left(json.size() / 2));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.errorMessage().contains(u"byte"_s), qPrintable(broken.errorMessage()));
    QVERIFY(contents(*target) == before);
    const auto notOurs = DatabaseJson(*target).read(R"({"format":"other","tables":{}})");
    QVERIFY(!notOurs.ok());
    // A row that breaks a reference is refused at the end, and everything is rolled back.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject tables = root.value(u"tables"_s).toObject();
    tables.remove(u"companies"_s);
    root.insert(u"tables"_s, tables);
    const auto dangling = DatabaseJson(*target).read(QJsonDocument(root).toJson());
    QVERIFY(!dangling.ok());
    QVERIFY(contents(*target) == before);
    QCOMPARE(schema(*target), schema(*m_fx->db));
}

QTEST_GUILESS_MAIN(TestDatabaseJson)
#include "tst_databasejson.moc"
