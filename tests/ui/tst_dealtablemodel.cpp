#include "clock.h"
#include "dealfiltermodel.h"
#include "dealstore.h"
#include "dealtablemodel.h"
#include "demo/demogenerator.h"
#include "i18n.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestDealTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testerOnLoadAndReset();
    void displayAndSortValues();
    void filterByTextAndStage();
    void sortsByRawValues();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Deal> m_deals;
    DealStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestDealTableModel::initTestCase()
{
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
    auto db = Database::open(m_dir.filePath(u"m.db"_s));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    DemoGenerator::Options options;
    options.deals = 400;
    options.seed = 7;
    QVERIFY(DemoGenerator(*m_db).generate(options));
    auto deals = DealRepository(*m_db).list();
    QVERIFY(deals);
    m_deals = deals.value();
    QCOMPARE(m_deals.size(), 400);
    QVERIFY(m_store.load(*m_db));
}

void TestDealTableModel::testerOnLoadAndReset()
{
    DealStore store;
    DealTableModel model(&store);
    DealFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(store.load(*m_db));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(model.columnCount(), int(DealTableModel::ColumnCount));
    filter.setText(u"Agence"_s);
    filter.setStage(u"lost"_s);
    filter.sort(DealTableModel::Mrr, Qt::DescendingOrder);
    // A change re-reads one deal: one row changes, in place.
    Deal edited = m_deals.at(5);
    edited.title = u"Renamed deal"_s;
    QVERIFY(DealRepository(*m_db).update(edited));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store.refresh(*m_db, edited.id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(5, DealTableModel::Title)).toString(), u"Renamed deal"_s);
    // A new deal is appended.
    Deal added = m_deals.at(0);
    added.id = 0;
    added.title = u"Brand new"_s;
    added.stage = u"lead"_s;
    QVERIFY(DealRepository(*m_db).create(added));
    QVERIFY(store.refresh(*m_db, added.id));
    QCOMPARE(model.rowCount(), 401);
    filter.setText({});
    filter.setStage({});
    QCOMPARE(filter.rowCount(), 401);
    QVERIFY(store.load(*m_db));
    QCOMPARE(reset.count(), 2);
}

void TestDealTableModel::displayAndSortValues()
{
    DealTableModel model(&m_store);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Deal &d = m_deals.at(row);
        if (d.stage != "demo"_L1)
            continue;
        const QModelIndex mrr = model.index(row, DealTableModel::Mrr);
        QCOMPARE(model.data(mrr, DealTableModel::SortRole).toLongLong(), d.mrr.cents());
        QCOMPARE(model.data(mrr).toString(), d.mrr.format(QLocale(), Money::Cents::WhenNeeded));
        // Demo is 40 %: the weighted column is MRR × 0.4, rounded half away from zero.
        const QModelIndex weighted = model.index(row, DealTableModel::Weighted);
        QCOMPARE(model.data(weighted, DealTableModel::SortRole).toLongLong(),
                 d.mrr.percent(4000).value().cents());
        QCOMPARE(model.data(model.index(row, DealTableModel::Stage)).toString(), u"Demo"_s);
        QCOMPARE(model.data(model.index(row, 0), DealTableModel::IdRole).toLongLong(), d.id);
        const qint64 days = d.stageEnteredAt.daysTo(m_clock.now());
        QCOMPARE(model.data(model.index(row, DealTableModel::DaysInStage), DealTableModel::SortRole)
                     .toLongLong(),
                 days);
        ++checked;
    }
    QVERIFY(checked > 0);
    // The BANT+ column: score and band, or a dash when the deal was never qualified.
    int scored = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Deal &d = m_deals.at(row);
        const QString text = model.data(model.index(row, DealTableModel::Bant)).toString();
        if (!d.bantTotal) {
            QCOMPARE(text, u"—"_s);
            continue;
        }
        const BantBand *band = m_db->playbook().bandFor(*d.bantTotal);
        QCOMPARE(text, u"%1 · %2"_s.arg(*d.bantTotal).arg(band->name.text()));
        QCOMPARE(
            model.data(model.index(row, DealTableModel::Bant), DealTableModel::SortRole).toInt(),
            *d.bantTotal);
        ++scored;
    }
    QVERIFY(scored > 0);
    // Closed deals weigh nothing.
    for (int row = 0; row < model.rowCount(); ++row)
        if (m_deals.at(row).stage == "won"_L1)
            QCOMPARE(
                model.data(model.index(row, DealTableModel::Weighted), DealTableModel::SortRole)
                    .toLongLong(),
                0);
    QCOMPARE(model.headerData(DealTableModel::Mrr, Qt::Horizontal).toString(), u"MRR"_s);
}

void TestDealTableModel::filterByTextAndStage()
{
    DealTableModel model(&m_store);
    DealFilterModel filter;
    filter.setSourceModel(&model);
    const QString company = m_deals.at(3).companyName;
    const auto expectedText = std::count_if(m_deals.cbegin(), m_deals.cend(), [&](const Deal &d) {
        return d.companyName.contains(company, Qt::CaseInsensitive) ||
               d.title.contains(company, Qt::CaseInsensitive) ||
               d.contactName.contains(company, Qt::CaseInsensitive) ||
               d.nextStep.contains(company, Qt::CaseInsensitive);
    });
    filter.setText(company.toUpper());
    QCOMPARE(filter.rowCount(), int(expectedText));
    filter.setText({});
    filter.setStage(u"nego"_s);
    const auto nego = std::count_if(m_deals.cbegin(), m_deals.cend(),
                                    [](const Deal &d) { return d.stage == "nego"_L1; });
    QVERIFY(nego > 0);
    QCOMPARE(filter.rowCount(), int(nego));
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.data(filter.index(row, 0), DealTableModel::StageKeyRole).toString(),
                 u"nego"_s);
    filter.setText(u"no such deal anywhere"_s);
    QCOMPARE(filter.rowCount(), 0);
}

void TestDealTableModel::sortsByRawValues()
{
    DealTableModel model(&m_store);
    DealFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(DealTableModel::Mrr, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < filter.rowCount(); ++row) {
        const qint64 cents =
            filter.data(filter.index(row, DealTableModel::Mrr), DealTableModel::SortRole)
                .toLongLong();
        QVERIFY(cents <= previous);
        previous = cents;
    }
    filter.sort(DealTableModel::Stage, Qt::AscendingOrder);
    int previousStage = -1;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int stage =
            filter.data(filter.index(row, DealTableModel::Stage), DealTableModel::SortRole).toInt();
        QVERIFY(stage >= previousStage); // playbook order, not alphabetical
        previousStage = stage;
    }
}

QTEST_MAIN(TestDealTableModel)
#include "tst_dealtablemodel.moc"
