#include "playbook/builtinobjections.h"
#include "storage/dealobjectionrepository.h"
#include "storage/objectionrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestObjections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.reset(); }
    void builtInLibraryInBothLanguages();
    void editOverridesAndResetRestores();
    void validationRefusesEmptyTexts();
    void addHideAndReset();
    void undoRowsRoundTrip();
    void logListRemoveRestore();
    void logRefusesUnknownDealOrObjection();
    void countsByCategoryBetweenInstants();

private:
    Database &db() { return *m_fx->db; }
    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
};

void TestObjections::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    const QString error = m_fx->open(u"objections.db"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Company company = sampleCompany();
    DB_CHECK(CompanyRepository(db()).create(company));
    Deal deal = sampleDeal(company.id);
    DB_CHECK(DealRepository(db()).create(deal));
    m_deal = deal.id;
    QVERIFY(m_deal > 0);
}

void TestObjections::builtInLibraryInBothLanguages()
{
    for (const QString &language : {u"fr"_s, u"en"_s}) {
        const auto list = ObjectionRepository(db()).list(language);
        DB_CHECK(list);
        QCOMPARE(list->size(), 9); // §6.3 has 9 objections
        QStringList categories;
        for (const Objection &o : *list) {
            QVERIFY(o.builtIn);
            QVERIFY(!o.edited);
            QCOMPARE(o.language, language);
            QVERIFY(!o.objection.isEmpty());
            QVERIFY(o.answer.contains(u'→'));
            if (!categories.contains(o.category))
                categories << o.category;
        }
        QCOMPARE(categories, Objection::categories());
    }
    const auto fr = ObjectionRepository(db()).find(u"competition-aws"_s, u"fr"_s);
    DB_CHECK(fr);
    QCOMPARE(fr->objection, u"On est bien sur AWS"_s);
    QCOMPARE(fr->category, u"competition"_s);
    const auto en = ObjectionRepository(db()).find(u"competition-aws"_s, u"en"_s);
    DB_CHECK(en);
    QVERIFY(en->answer.contains(u"Try it for free"_s));
}

void TestObjections::editOverridesAndResetRestores()
{
    ObjectionRepository repo(db());
    Objection o = repo.find(u"price-no-budget"_s, u"fr"_s).value();
    const QString original = o.answer;
    o.answer = u"Proposer le starter."_s;
    DB_CHECK(repo.save(o));
    Objection edited = repo.find(u"price-no-budget"_s, u"fr"_s).value();
    QCOMPARE(edited.answer, u"Proposer le starter."_s);
    QVERIFY(edited.edited);
    QVERIFY(edited.builtIn);
    // The English library is its own.
    QVERIFY(!repo.find(u"price-no-budget"_s, u"en"_s).value().edited);
    // The list keeps it in its place.
    const QList<Objection> list = repo.list(u"fr"_s).value();
    QCOMPARE(list.at(1).key, u"price-no-budget"_s);
    QCOMPARE(list.at(1).answer, u"Proposer le starter."_s);
    DB_CHECK(repo.reset(u"price-no-budget"_s, u"fr"_s));
    QCOMPARE(repo.find(u"price-no-budget"_s, u"fr"_s).value().answer, original);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM objections"_s), 0);
}

void TestObjections::validationRefusesEmptyTexts()
{
    ObjectionRepository repo(db());
    Objection o = repo.find(u"risk-too-small"_s, u"en"_s).value();
    o.answer = u"   "_s;
    const Status noAnswer = repo.save(o);
    QVERIFY(!noAnswer);
    QVERIFY2(noAnswer.errorMessage().contains(u"answer"_s), qPrintable(noAnswer.errorMessage()));
    o.answer = u"Fine."_s;
    o.objection.clear();
    QVERIFY(!repo.save(o));
    Objection added;
    added.language = u"en"_s;
    added.category = u"weather"_s;
    added.objection = u"It rains"_s;
    added.answer = u"Umbrella"_s;
    const Result<QString> refused = repo.add(added);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(u"weather"_s));
    Objection unknown = o;
    unknown.key = u"nope"_s;
    unknown.objection = u"x"_s;
    QVERIFY(!repo.save(unknown)); // neither built in nor added
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM objections"_s), 0);
}

void TestObjections::addHideAndReset()
{
    ObjectionRepository repo(db());
    Objection added;
    added.language = u"en"_s;
    added.category = u"competition"_s;
    added.objection = u"We host ourselves"_s;
    added.answer = u"• Compare the hours spent\n→ Offer a trial"_s;
    const Result<QString> key = repo.add(added);
    DB_CHECK(key);
    QCOMPARE(*key, u"competition-1"_s);
    QList<Objection> list = repo.list(u"en"_s).value();
    QCOMPARE(list.size(), 10);
    // After the built-in competition ones, before technical.
    QCOMPARE(list.at(4).key, u"competition-1"_s);
    QVERIFY(!list.at(4).builtIn);
    QVERIFY(!repo.reset(*key, u"en"_s));         // no playbook text to go back to
    QVERIFY(!repo.add(added).value().isEmpty()); // a second one: competition-2

    DB_CHECK(repo.hide(u"timing-not-now"_s, u"en"_s));
    list = repo.list(u"en"_s).value();
    QCOMPARE(list.size(), 10);
    QVERIFY(std::none_of(list.cbegin(), list.cend(),
                         [](const Objection &o) { return o.key == "timing-not-now"_L1; }));
    const QList<Objection> all = repo.list(u"en"_s, true).value();
    QCOMPARE(all.size(), 11);
    QVERIFY(all.last().hidden);
    DB_CHECK(repo.reset(u"timing-not-now"_s, u"en"_s));
    QCOMPARE(repo.list(u"en"_s).value().size(), 11);
}

void TestObjections::undoRowsRoundTrip()
{
    ObjectionRepository repo(db());
    const auto before = repo.storedRow(u"risk-longevity"_s, u"fr"_s);
    DB_CHECK(before);
    QVERIFY(!before->has_value());
    DB_CHECK(repo.hide(u"risk-longevity"_s, u"fr"_s));
    QVERIFY(repo.storedRow(u"risk-longevity"_s, u"fr"_s).value()->hidden);
    DB_CHECK(repo.restoreRow(u"risk-longevity"_s, u"fr"_s, *before));
    QCOMPARE(repo.list(u"fr"_s).value().size(), 9);
}

void TestObjections::logListRemoveRestore()
{
    DealObjectionRepository repo(db());
    const Result<qint64> id = repo.log(m_deal, u"competition-aws"_s, u"  They run EKS  "_s);
    DB_CHECK(id);
    m_fx->clock.advanceSecs(60);
    DB_CHECK(repo.log(m_deal, u"price-no-budget"_s));
    QList<DealObjection> list = repo.list(m_deal).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).objectionKey, u"price-no-budget"_s); // latest first
    QCOMPARE(list.at(1).category, u"competition"_s);
    QCOMPARE(list.at(1).note, u"They run EKS"_s);
    QCOMPARE(list.at(1).metAt, fixedNow());
    DB_CHECK(repo.remove(*id));
    QCOMPARE(repo.list(m_deal).value().size(), 1);
    QVERIFY(!repo.remove(*id));
    QVERIFY(!repo.find(*id));
    DB_CHECK(repo.restore(*id));
    QCOMPARE(repo.list(m_deal).value().size(), 2);
    QVERIFY(!repo.restore(*id));
    // An added objection's category is copied too.
    Objection added;
    added.language = u"en"_s;
    added.category = u"risk"_s;
    added.objection = u"Our CTO left"_s;
    added.answer = u"Meet the new one"_s;
    const QString key = ObjectionRepository(db()).add(added).value();
    const qint64 third = repo.log(m_deal, key).value();
    QCOMPARE(repo.find(third).value().category, u"risk"_s);
}

void TestObjections::logRefusesUnknownDealOrObjection()
{
    DealObjectionRepository repo(db());
    const Result<qint64> noDeal = repo.log(m_deal + 100, u"competition-aws"_s);
    QVERIFY(!noDeal);
    QVERIFY(noDeal.errorMessage().contains(u"no deal"_s));
    const Result<qint64> noObjection = repo.log(m_deal, u"weather"_s);
    QVERIFY(!noObjection);
    QVERIFY(noObjection.errorMessage().contains(u"weather"_s));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM deal_objections"_s), 0);
}

void TestObjections::countsByCategoryBetweenInstants()
{
    DealObjectionRepository repo(db());
    DB_CHECK(repo.log(m_deal, u"competition-aws"_s));
    DB_CHECK(repo.log(m_deal, u"competition-scaleway"_s));
    const qint64 removed = repo.log(m_deal, u"price-no-budget"_s).value();
    DB_CHECK(repo.remove(removed));
    m_fx->clock.advanceSecs(7 * 24 * 3600);
    DB_CHECK(repo.log(m_deal, u"timing-not-now"_s));
    const QDateTime from = fixedNow();
    const QDateTime to = fixedNow().addDays(7);
    const QMap<QString, int> week = repo.countsByCategory(from, to).value();
    QCOMPARE(week.size(), 5);
    QCOMPARE(week.value(u"competition"_s), 2);
    QCOMPARE(week.value(u"price"_s), 0);
    QCOMPARE(week.value(u"timing"_s), 0); // met at `to`: the next week's
    QCOMPARE(repo.countsByCategory(to, to.addDays(7)).value().value(u"timing"_s), 1);
}

QTEST_GUILESS_MAIN(TestObjections)
#include "tst_objections.moc"
