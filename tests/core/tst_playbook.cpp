#include "playbook/playbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dealboard::Playbook;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DEALBOARD_TEST_DATA_DIR) + u'/' + QString::fromLatin1(name);
}

QJsonObject shippedJson()
{
    QFile file(Playbook::defaultPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces field `key` of element `index` of the list `list` of `root`.
void setInList(QJsonObject &root, const QString &list, qsizetype index, const QString &key,
               const QJsonValue &value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array.at(index).toObject();
    item.insert(key, value);
    array.replace(index, item);
    root.insert(list, array);
}

// The shipped playbook with one thing broken, and a fragment the refusal must contain.
QJsonObject broken(const QString &which)
{
    QJsonObject root = shippedJson();
    if (which == "missing stages"_L1) {
        root.remove(u"stages"_s);
    } else if (which == "empty stages"_L1) {
        root.insert(u"stages"_s, QJsonArray());
    } else if (which == "duplicate stage key"_L1) {
        setInList(root, u"stages"_s, 2, u"key"_s, u"qualified"_s);
    } else if (which == "probability 150"_L1) {
        setInList(root, u"stages"_s, 3, u"probability"_s, 150);
    } else if (which == "probability -1"_L1) {
        setInList(root, u"stages"_s, 3, u"probability"_s, -1);
    } else if (which == "probability 40.5"_L1) {
        setInList(root, u"stages"_s, 3, u"probability"_s, 40.5);
    } else if (which == "unknown stage kind"_L1) {
        setInList(root, u"stages"_s, 0, u"kind"_s, u"maybe"_s);
    } else if (which == "two won stages"_L1) {
        setInList(root, u"stages"_s, 4, u"kind"_s, u"won"_s);
    } else if (which == "stage without name"_L1) {
        setInList(root, u"stages"_s, 1, u"name"_s, QJsonValue());
    } else if (which == "gate to unknown stage"_L1) {
        setInList(root, u"gates"_s, 1, u"to"_s, u"dmeo"_s);
    } else if (which == "gate from unknown stage"_L1) {
        setInList(root, u"gates"_s, 0, u"from"_s, u"prospect"_s);
    } else if (which == "segment with unknown motion"_L1) {
        setInList(root, u"segments"_s, 2, u"motion"_s, u"telepathy"_s);
    } else if (which == "missing lost reasons"_L1) {
        root.remove(u"lostReasons"_s);
    } else if (which == "objective quarter"_L1) {
        setInList(root, u"objectives"_s, 1, u"quarter"_s, u"Q2 2025"_s);
    } else if (which == "duplicate objective"_L1) {
        setInList(root, u"objectives"_s, 1, u"quarter"_s, u"2025-Q1"_s);
    } else if (which == "objective deals reversed"_L1) {
        setInList(root, u"objectives"_s, 0, u"dealsMax"_s, 10);
    } else if (which == "missing bant"_L1) {
        root.remove(u"bant"_s);
    } else if (which == "format 2"_L1) {
        root.insert(u"format"_s, 2);
    } else {
        // A missing section: the key names it.
        root.remove(which.section(u' ', 1));
    }
    return root;
}

} // namespace

class TestPlaybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadDefault();
    void stages();
    void lostReasons();
    void wonReasons();
    void objectives();
    void editedObjectives();
    void bant();
    void bands();
    void gates();
    void segmentsAndMotions();
    void contracts();
    void sections();
    void refused_data();
    void refused();
    void invalidJsonNamesPathAndOffset();
    void notAnObject();
    void missingFile();

private:
    Playbook m_pb;
};

void TestPlaybook::loadDefault()
{
    auto pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
    QCOMPARE(Playbook::defaultPath(), u":/playbook/vmcloud.json"_s);
    QCOMPARE(m_pb.currency(), u"EUR"_s);
    QCOMPARE(m_pb.name().en, u"VMCloud sales playbook"_s);
    QCOMPARE(m_pb.name().text(QLocale(QLocale::French, QLocale::France)),
             u"Stratégie commerciale VMCloud"_s);
    QCOMPARE(m_pb.name().text(QLocale(QLocale::English, QLocale::UnitedStates)),
             u"VMCloud sales playbook"_s);
    // What is stored in a database is read back the same.
    auto again = Playbook::fromJson(m_pb.toJson(), u"database"_s);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->stageKeys(), m_pb.stageKeys());
}

void TestPlaybook::stages()
{
    QCOMPARE(m_pb.stageKeys(), (QStringList{u"lead"_s, u"qualified"_s, u"demo"_s, u"proposal"_s,
                                            u"nego"_s, u"won"_s, u"lost"_s, u"customer"_s}));
    const QList<int> probabilities{0, 20, 40, 60, 80, 100, 0, 100};
    for (qsizetype i = 0; i < probabilities.size(); ++i)
        QCOMPARE(m_pb.stages().at(i).probability, probabilities.at(i));
    QStringList open;
    for (const dealboard::Stage &s : m_pb.openStages())
        open << s.key;
    QCOMPARE(open, (QStringList{u"lead"_s, u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s}));
    QCOMPARE(m_pb.wonStage(), u"won"_s);
    QCOMPARE(m_pb.lostStage(), u"lost"_s);
    QCOMPARE(m_pb.customerStage(), u"customer"_s);
    QCOMPARE(m_pb.stage(u"won"_s)->kind, dealboard::Stage::Kind::Won);
    QCOMPARE(m_pb.stage(u"lost"_s)->kind, dealboard::Stage::Kind::Lost);
    QCOMPARE(m_pb.stage(u"customer"_s)->kind, dealboard::Stage::Kind::Customer);
    QVERIFY(!m_pb.stage(u"won"_s)->isOpen());
    QCOMPARE(m_pb.stageIndex(u"demo"_s), 2);
    QCOMPARE(m_pb.stageIndex(u"nowhere"_s), -1);
    QCOMPARE(m_pb.stage(u"nowhere"_s), nullptr);
    QCOMPARE(m_pb.stage(u"nego"_s)->name.en, u"Negotiation"_s);
    QCOMPARE(m_pb.stage(u"nego"_s)->name.text(QLocale(QLocale::French)), u"Négociation"_s);
}

void TestPlaybook::lostReasons()
{
    QStringList keys;
    QStringList needCompetitor;
    for (const dealboard::LostReason &r : m_pb.lostReasons()) {
        keys << r.key;
        if (r.needsCompetitor)
            needCompetitor << r.key;
    }
    QCOMPARE(keys, (QStringList{u"budget"_s, u"timing"_s, u"competitor"_s, u"no-fit"_s,
                                u"no-response"_s}));
    QCOMPARE(needCompetitor, QStringList{u"competitor"_s});
    QVERIFY(m_pb.lostReason(u"competitor"_s)->needsCompetitor);
    QCOMPARE(m_pb.lostReason(u"price"_s), nullptr);
}

void TestPlaybook::wonReasons()
{
    QStringList keys;
    for (const dealboard::LostReason &r : m_pb.wonReasons())
        keys << r.key;
    QCOMPARE(keys, (QStringList{u"support"_s, u"price"_s, u"features"_s, u"timing"_s}));
    QCOMPARE(m_pb.wonReason(u"features"_s)->name.fr, u"Fonctionnalités"_s);
    QCOMPARE(m_pb.wonReason(u"budget"_s), nullptr);

    // A playbook stored before won reasons existed gets the shipped ones.
    QJsonObject old = shippedJson();
    old.remove(u"wonReasons"_s);
    const auto stored = Playbook::fromJson(QJsonDocument(old).toJson(), u"stored"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QCOMPARE(stored->wonReasons().size(), 4);
}

void TestPlaybook::objectives()
{
    const QList<dealboard::Objective> &list = m_pb.objectives();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).quarter, u"2025-Q1"_s);
    QCOMPARE(list.at(0).newMrrCents, 1000000); // +10 K€
    QCOMPARE(list.at(0).dealsMin, 30);
    QCOMPARE(list.at(0).dealsMax, 50);
    QCOMPARE(list.at(0).averageDealCents, 25000);
    QCOMPARE(list.at(0).winRateBp, 2500);
    QCOMPARE(list.at(3).quarter, u"2025-Q4"_s);
    QCOMPARE(list.at(3).totalMrrCents, 5500000);
    QCOMPARE(m_pb.objective(u"2025-Q2"_s)->newMrrCents, 1200000);
    QCOMPARE(m_pb.objective(u"2026-Q1"_s), nullptr);
}

void TestPlaybook::editedObjectives()
{
    QList<dealboard::Objective> list = m_pb.objectives();
    dealboard::Objective next = list.last();
    next.quarter = u"2026-Q1"_s;
    next.newMrrCents = 2000000;
    list.prepend(next); // out of order: stored sorted
    const auto edited = m_pb.withObjectives(list);
    QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
    QCOMPARE(edited->objectives().size(), 5);
    QCOMPARE(edited->objectives().last().quarter, u"2026-Q1"_s);
    QCOMPARE(edited->objectives().last().newMrrCents, 2000000);
    // It survives the round trip through JSON, as the database stores it.
    const auto reread = Playbook::fromJson(edited->toJson(), u"db"_s);
    QCOMPARE(reread->objective(u"2026-Q1"_s)->focus.fr, next.focus.fr);

    list.append(list.first()); // the same quarter twice
    const auto refused = m_pb.withObjectives(list);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"appears twice"_s),
             qPrintable(refused.errorMessage()));
    dealboard::Objective negative = m_pb.objectives().first();
    negative.newMrrCents = -5;
    QVERIFY(!m_pb.withObjectives({negative}).ok());
}

void TestPlaybook::bant()
{
    const auto &criteria = m_pb.bantCriteria();
    QCOMPARE(criteria.size(), 5);
    int maxTotal = 0;
    int minTotal = 0;
    for (const dealboard::BantCriterion &c : criteria) {
        const bool fit = c.key == "fit"_L1;
        QCOMPARE(c.min, fit ? 0 : 1);
        QCOMPARE(c.max, fit ? 3 : 4);
        maxTotal += c.max;
        minTotal += c.min;
        // One label per score, in order; the questions of annex B.
        QCOMPARE(c.levels.size(), qsizetype(c.max - c.min + 1));
        for (qsizetype i = 0; i < c.levels.size(); ++i) {
            QCOMPARE(c.levels.at(i).score, c.min + int(i));
            QVERIFY(!c.levels.at(i).label.en.isEmpty());
        }
        QCOMPARE(c.questions.size(), 3);
    }
    QCOMPARE(criteria.at(0).key, u"budget"_s);
    QCOMPARE(criteria.at(0).levels.at(0).label.en, u"< 100 €"_s);
    QCOMPARE(criteria.at(0).levels.at(3).label.en, u"> 2K €"_s);
    QCOMPARE(maxTotal, 19);
    QCOMPARE(minTotal, 4);
}

void TestPlaybook::bands()
{
    auto band = [this](int total) {
        const dealboard::BantBand *b = m_pb.bandFor(total);
        return b ? b->key : u"none"_s;
    };
    QCOMPARE(band(19), u"hot"_s);
    QCOMPARE(band(14), u"hot"_s);
    QCOMPARE(band(13), u"warm"_s);
    QCOMPARE(band(10), u"warm"_s);
    QCOMPARE(band(9), u"cool"_s);
    QCOMPARE(band(6), u"cool"_s);
    QCOMPARE(band(5), u"cold"_s);
    QCOMPARE(band(4), u"cold"_s);
    QCOMPARE(band(0), u"cold"_s);
    QCOMPARE(band(20), u"none"_s);
    QCOMPARE(band(-1), u"none"_s);
    QCOMPARE(m_pb.bandFor(15)->followUpDays, std::optional<int>(7));
    QCOMPARE(m_pb.bandFor(11)->followUpDays, std::optional<int>(14));
    QCOMPARE(m_pb.bandFor(7)->followUpDays, std::optional<int>(30));
    QVERIFY(!m_pb.bandFor(3)->followUpDays.has_value());
    QCOMPARE(m_pb.bandFor(16)->name.en, u"Hot"_s);
    QVERIFY(m_pb.bandFor(16)->nextStep.en.contains("this week"_L1));
}

void TestPlaybook::gates()
{
    const auto &gates = m_pb.gates();
    QCOMPARE(gates.size(), 5);
    const QStringList open{u"lead"_s,     u"qualified"_s, u"demo"_s,
                           u"proposal"_s, u"nego"_s,      u"won"_s};
    for (qsizetype i = 0; i < gates.size(); ++i) {
        QCOMPARE(gates.at(i).from, open.at(i));
        QCOMPARE(gates.at(i).to, open.at(i + 1));
        QVERIFY(!gates.at(i).criteria.isEmpty());
    }
    const auto &first = gates.at(0).criteria;
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).key, u"bant-min"_s);
    QVERIFY(first.at(0).computed);
    QCOMPARE(first.at(0).minScore, 10);
    QCOMPARE(first.at(1).key, u"valid-email"_s);
    QVERIFY(first.at(1).computed);
    QVERIFY(!first.at(2).computed);
    QCOMPARE(gates.at(1).criteria.size(), 3);
    QCOMPARE(gates.at(2).criteria.size(), 3);
    QCOMPARE(gates.at(3).criteria.size(), 2);
    QCOMPARE(gates.at(4).criteria.last().key, u"signed-quote"_s);
    QVERIFY(gates.at(4).criteria.last().computed);
}

void TestPlaybook::segmentsAndMotions()
{
    QStringList keys;
    for (const dealboard::Segment &s : m_pb.segments())
        keys << s.key;
    QCOMPARE(keys, (QStringList{u"freelance"_s, u"tpe"_s, u"pme"_s, u"agency"_s, u"enterprise"_s}));
    QCOMPARE(m_pb.segment(u"freelance"_s)->mrr.maxCents, std::optional<qint64>(10000));
    QCOMPARE(m_pb.segment(u"tpe"_s)->mrr.minCents, qint64(10000));
    QCOMPARE(m_pb.segment(u"agency"_s)->mrr.minCents, qint64(100000));
    QCOMPARE(m_pb.segment(u"enterprise"_s)->mrr.minCents, qint64(500000));
    QVERIFY(!m_pb.segment(u"enterprise"_s)->mrr.maxCents.has_value());
    QCOMPARE(m_pb.segment(u"agency"_s)->motion, u"assist"_s);
    QCOMPARE(m_pb.segment(u"enterprise"_s)->motion, u"sales-led"_s);
    QCOMPARE(m_pb.segment(u"startup"_s), nullptr);
    QCOMPARE(m_pb.suggestedSegment(5000)->key, u"freelance"_s);
    QCOMPARE(m_pb.suggestedSegment(30000)->key, u"tpe"_s);
    QCOMPARE(m_pb.suggestedSegment(150000)->key, u"pme"_s); // agencies overlap: SME first
    QCOMPARE(m_pb.suggestedSegment(300000)->key, u"agency"_s);
    QCOMPARE(m_pb.suggestedSegment(600000)->key, u"enterprise"_s);

    auto motion = [this](qint64 cents) {
        const dealboard::Motion *m = m_pb.motionFor(cents);
        return m ? m->key : u"none"_s;
    };
    // Self-service < 200 €, sales assist 200–2,000 €, sales-led > 2,000 €.
    QCOMPARE(motion(0), u"self-service"_s);
    QCOMPARE(motion(19999), u"self-service"_s);
    QCOMPARE(motion(20000), u"assist"_s);
    QCOMPARE(motion(150000), u"assist"_s);
    QCOMPARE(motion(199999), u"assist"_s);
    QCOMPARE(motion(200001), u"sales-led"_s);
    QCOMPARE(motion(10000000), u"sales-led"_s);
    QCOMPARE(m_pb.motionFor(0)->cycleDaysMax, 1);
    QCOMPARE(m_pb.motionFor(50000)->cycleDaysMin, 7);
    QCOMPARE(m_pb.motionFor(50000)->cycleDaysMax, 30);
    QCOMPARE(m_pb.motionFor(900000)->cycleDaysMin, 30);
    QCOMPARE(m_pb.motionFor(900000)->cycleDaysMax, 90);
}

void TestPlaybook::contracts()
{
    const auto &contracts = m_pb.contracts();
    QCOMPARE(contracts.size(), 5);
    struct Expected
    {
        const char *key;
        int termMin;
        std::optional<int> termMax;
        int discountMin;
        std::optional<int> discountMax;
        bool commitment;
    };
    const Expected expected[] = {
        {"self-service", 1, 1, 0, 0, false},
        {"annual-standard", 12, 12, 1700, 1700, true},
        {"annual-negotiated", 12, 12, 1700, 2000, true},
        {"multi-year", 24, 36, 2000, 2500, true},
        {"enterprise", 12, std::nullopt, 0, std::nullopt, true},
    };
    for (qsizetype i = 0; i < contracts.size(); ++i) {
        const dealboard::ContractType &c = contracts.at(i);
        const Expected &e = expected[i];
        QCOMPARE(c.key, QString::fromLatin1(e.key));
        QCOMPARE(c.termMonthsMin, e.termMin);
        QCOMPARE(c.termMonthsMax, e.termMax);
        QCOMPARE(c.discountMinBp, e.discountMin);
        QCOMPARE(c.discountMaxBp, e.discountMax);
        QCOMPARE(c.commitment, e.commitment);
        QVERIFY(!c.payment.en.isEmpty());
    }
}

void TestPlaybook::sections()
{
    for (const QString &key : {u"discounts"_s, u"funnelTargets"_s, u"kpiTargets"_s, u"objectives"_s,
                               u"hiringTriggers"_s, u"signature"_s})
        QVERIFY2(!m_pb.section(key).isUndefined(), qPrintable(key));
    QVERIFY(m_pb.section(u"nothing"_s).isUndefined());
    const QJsonObject discounts = m_pb.section(u"discounts"_s).toObject();
    QCOMPARE(discounts.value("maxTotalBp"_L1).toInt(), 3000);
    QCOMPARE(m_pb.section(u"kpiTargets"_s).toObject().value("winRateBp"_L1).toInt(), 3000);
    QCOMPARE(m_pb.section(u"objectives"_s).toArray().size(), 4);
}

void TestPlaybook::refused_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QStringList>("fragments");

    auto row = [](const char *which, QStringList fragments) {
        QTest::newRow(which) << QString::fromLatin1(which) << fragments;
    };
    row("missing stages", {u"stages"_s, u"non-empty list"_s});
    row("empty stages", {u"stages"_s, u"non-empty list"_s});
    row("duplicate stage key", {u"stages[2].key"_s, u"\"qualified\" appears twice"_s});
    row("probability 150", {u"stages[3].probability"_s, u"from 0 to 100"_s});
    row("probability -1", {u"stages[3].probability"_s, u"from 0 to 100"_s});
    row("probability 40.5", {u"stages[3].probability"_s});
    row("unknown stage kind", {u"stages[0].kind"_s});
    row("two won stages", {u"stages"_s, u"exactly one won"_s});
    row("stage without name", {u"stages[1].name"_s});
    row("gate to unknown stage", {u"gates[1]"_s, u"unknown stage \"dmeo\""_s});
    row("gate from unknown stage", {u"gates[0]"_s, u"unknown stage \"prospect\""_s});
    row("segment with unknown motion", {u"segments[2].motion"_s, u"telepathy"_s});
    row("missing lost reasons", {u"lostReasons"_s});
    row("missing bant", {u"bant"_s});
    row("objective quarter", {u"objectives[1].quarter"_s, u"2025-Q1"_s});
    row("duplicate objective", {u"objectives[1].quarter"_s, u"appears twice"_s});
    row("objective deals reversed", {u"objectives[0].dealsMax"_s});
    row("format 2", {u"format"_s});
    for (const char *section : {"discounts", "funnelTargets", "kpiTargets", "objectives",
                                "hiringTriggers", "signature", "contracts", "gates", "motions"}) {
        const QString key = QString::fromLatin1(section);
        QTest::addRow("missing %s", section) << u"missing "_s + key << QStringList{key};
    }
}

void TestPlaybook::refused()
{
    QFETCH(QString, which);
    QFETCH(QStringList, fragments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken playbook.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(broken(which)).toJson());
    }
    const auto pb = Playbook::loadFile(path);
    QVERIFY2(!pb.ok(), "a broken playbook was accepted");
    QCOMPARE(pb.errorKind(), dealboard::ErrorKind::User);
    const QString message = pb.errorMessage();
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(message.contains(fragment), qPrintable(message + u" lacks "_s + fragment));

    // The same bytes from another origin: the message names that origin instead.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto fromDb = Playbook::fromJson(file.readAll(), u"stored in test.db"_s);
    QVERIFY(!fromDb.ok());
    QVERIFY(fromDb.errorMessage().contains("stored in test.db"_L1));
}

void TestPlaybook::invalidJsonNamesPathAndOffset()
{
    const QString path = dataFile("playbook-invalid-json.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    // The missing comma comes after "probability": 0; the error is located on that line.
    const qsizetype missingComma = bytes.indexOf("0 \"kind\"") + 1;
    QVERIFY(missingComma > 0);
    QVERIFY(error.offset > bytes.lastIndexOf('\n', missingComma));
    QVERIFY(error.offset <= bytes.indexOf('\n', missingComma));

    const auto pb = Playbook::loadFile(path);
    QVERIFY(!pb.ok());
    QCOMPARE(pb.errorKind(), dealboard::ErrorKind::User);
    const QString message = pb.errorMessage();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(u"offset %1"_s.arg(error.offset)), qPrintable(message));
    QVERIFY2(message.contains(error.errorString()), qPrintable(message));
}

void TestPlaybook::notAnObject()
{
    const QString path = dataFile("playbook-not-object.json");
    const auto pb = Playbook::loadFile(path);
    QVERIFY(!pb.ok());
    QVERIFY2(pb.errorMessage().contains(path), qPrintable(pb.errorMessage()));
    QVERIFY(pb.errorMessage().contains("not a JSON object"_L1));
}

void TestPlaybook::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere.json"_s);
    const auto pb = Playbook::loadFile(path);
    QVERIFY(!pb.ok());
    QCOMPARE(pb.errorKind(), dealboard::ErrorKind::User);
    QVERIFY2(pb.errorMessage().contains(path), qPrintable(pb.errorMessage()));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
