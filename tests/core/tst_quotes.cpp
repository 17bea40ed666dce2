#include "storage/eventlog.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "testsupport.h"

#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// Quotes in the database: numbering without gaps, statuses, revisions, frozen signed quotes.
class TestQuotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAllocatesNumbersAndStoresTheDecision();
    void createRefusesWhatThePolicyRefuses();
    void failedCreationGivesItsNumberBack();
    void updateOnlyADraft();
    void sendNeedsCompleteDocumentation();
    void signAndFreeze();
    void reviseASignedQuote();
    void declineAndExpire();
    void findByNumberAndLists();
    void everyChangeIsLogged();
    void concurrentCreationHasNoGaps();

private:
    Database &db() { return *m_fx->db; }
    Quote draft(const QString &contract = u"annual-standard"_s);
    qint64 product(const QString &key);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_deal = 0;
};

void TestQuotes::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"quotes.db"_s), QString());
    Company c = sampleCompany();
    const auto company = CompanyRepository(db()).create(c);
    QVERIFY(company.ok());
    Deal d = sampleDeal(*company);
    const auto deal = DealRepository(db()).create(d);
    QVERIFY(deal.ok());
    m_deal = *deal;
}

void TestQuotes::cleanup()
{
    m_fx.reset();
}

qint64 TestQuotes::product(const QString &key)
{
    const auto p = ProductRepository(db()).findByKey(key);
    return p.ok() ? p->id : 0;
}

// Two VPS M and backups: 2 × 39,90 + 2 × 4,90 = 89,60 € a month.
Quote TestQuotes::draft(const QString &contract)
{
    Quote q;
    q.dealId = m_deal;
    q.contract = contract;
    for (const auto &[key, price] : {std::pair{u"vps-m"_s, 3990}, std::pair{u"backup"_s, 490}}) {
        QuoteLine l;
        l.productId = product(key);
        l.description = key;
        l.quantityMilli = 2000;
        l.unitPrice = Money(price);
        q.lines << l;
    }
    return q;
}

void TestQuotes::createAllocatesNumbersAndStoresTheDecision()
{
    Quote q = draft();
    const auto id = QuoteRepository(db()).create(q);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(q.id, *id);
    QCOMPARE(q.number, u"DEV-2026-0001"_s);
    QCOMPARE(q.displayNumber(), u"DEV-2026-0001"_s);
    QCOMPARE(q.status, QuoteStatus::Draft);
    QCOMPARE(q.createdAt, fixedNow());
    QCOMPARE(q.validUntil, fixedNow().date().addDays(30));
    QCOMPARE(q.discounts.size(), 1); // the annual discount, applied by the policy
    QCOMPARE(q.discounts.first().kind, u"annual"_s);
    QVERIFY(q.discounts.first().automatic);

    const auto back = QuoteRepository(db()).find(*id);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->number, q.number);
    QCOMPARE(back->lines.size(), 2);
    QCOMPARE(back->lines.at(0).quantityMilli, qint64(2000));
    QCOMPARE(back->lines.at(0).unitPrice, Money(3990));
    QCOMPARE(back->lines.at(0).productId, product(u"vps-m"_s));
    QCOMPARE(back->discounts, q.discounts);
    QCOMPARE(back->language, u"fr"_s);

    Quote second = draft();
    DB_CHECK(QuoteRepository(db()).create(second));
    QCOMPARE(second.number, u"DEV-2026-0002"_s);
    // A new year starts again at 1.
    m_fx->clock.set(QDateTime(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC));
    Quote third = draft();
    DB_CHECK(QuoteRepository(db()).create(third));
    QCOMPARE(third.number, u"DEV-2027-0001"_s);
}

void TestQuotes::createRefusesWhatThePolicyRefuses()
{
    Quote q = draft(u"self-service"_s);
    q.discounts << QuoteDiscount{u"partner"_s, 1500, false, 0, u"Agency"_s, {}, false};
    const auto id = QuoteRepository(db()).create(q);
    QVERIFY(!id.ok());
    QCOMPARE(id.errorKind(), ErrorKind::User);
    QVERIFY2(id.errorMessage().contains("discounts.forbidWithoutCommitment"_L1),
             qPrintable(id.errorMessage()));
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM quotes"_s), 0);

    q = draft();
    q.lines.first().quantityMilli = 0;
    QVERIFY(!QuoteRepository(db()).create(q).ok());
    q = draft();
    q.language = u"de"_s;
    QVERIFY(!QuoteRepository(db()).create(q).ok());
}

void TestQuotes::failedCreationGivesItsNumberBack()
{
    Quote q = draft();
    q.dealId = 999; // no such deal: refused inside the transaction, after numbering
    const auto id = QuoteRepository(db()).create(q);
    QVERIFY(!id.ok());
    QVERIFY2(id.errorMessage().contains("999"_L1), qPrintable(id.errorMessage()));
    q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    QCOMPARE(q.number, u"DEV-2026-0001"_s);
}

void TestQuotes::updateOnlyADraft()
{
    Quote q = draft(u"enterprise"_s);
    DB_CHECK(QuoteRepository(db()).create(q));
    q.lines.removeLast();
    q.language = u"en"_s;
    q.validityDays = 15;
    q.lines.first().quantityMilli = 30000; // 30 VPS M: 1 197 € a month, volume allowed
    q.discounts << QuoteDiscount{u"volume"_s, 300, false, 0, u"30 VMs"_s, {}, false};
    DB_CHECK(QuoteRepository(db()).update(q));
    const auto back = QuoteRepository(db()).find(q.id);
    QCOMPARE(back->lines.size(), 1);
    QCOMPARE(back->language, u"en"_s);
    QCOMPARE(back->validUntil, fixedNow().date().addDays(15));
    QCOMPARE(back->discounts.size(), 2);
    QCOMPARE(back->discounts.at(1).kind, u"volume"_s);
    QCOMPARE(back->discounts.at(1).justification, u"30 VMs"_s);

    // Refused by the policy: nothing changes.
    Quote over = back.value();
    over.discounts.last().bp = 1400;
    QVERIFY(QuoteRepository(db()).update(over).errorMessage().contains("discounts.maxTotalBp"_L1));
    QCOMPARE(QuoteRepository(db()).find(q.id)->discounts.at(1).bp, 300);

    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    Quote sent = QuoteRepository(db()).find(q.id).value();
    const Status s = QuoteRepository(db()).update(sent);
    QVERIFY(!s.ok());
    QVERIFY2(s.errorMessage().contains("only a draft"_L1), qPrintable(s.errorMessage()));
}

void TestQuotes::sendNeedsCompleteDocumentation()
{
    Quote q = draft(u"enterprise"_s);
    q.lines.first().quantityMilli = 30000;
    q.discounts << QuoteDiscount{u"volume"_s, 800, false, 0, {}, {}, false}; // 25 %
    DB_CHECK(QuoteRepository(db()).create(q)); // a draft may wait for its documentation
    Status s = QuoteRepository(db()).markSent(q.id);
    QVERIFY(!s.ok());
    QVERIFY2(s.errorMessage().contains("discounts.justificationAboveBp"_L1) &&
                 s.errorMessage().contains(q.number),
             qPrintable(s.errorMessage()));
    QCOMPARE(QuoteRepository(db()).find(q.id)->status, QuoteStatus::Draft);
    q.discounts.last().justification = u"Competing offer"_s;
    DB_CHECK(QuoteRepository(db()).update(q));
    s = QuoteRepository(db()).markSent(q.id);
    QVERIFY2(s.errorMessage().contains("discounts.founderValidationAboveBp"_L1),
             qPrintable(s.errorMessage()));
    q.discounts.last().validation = {u"Founder"_s, QDate(2026, 3, 1), u"Re: remise ACME"_s};
    DB_CHECK(QuoteRepository(db()).update(q));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    const auto sent = QuoteRepository(db()).find(q.id);
    QCOMPARE(sent->status, QuoteStatus::Sent);
    QCOMPARE(sent->sentAt, fixedNow());
    QCOMPARE(sent->discounts.last().validation.emailReference, u"Re: remise ACME"_s);
    QVERIFY(!QuoteRepository(db()).markSent(q.id).ok());

    Quote empty = draft();
    empty.lines.clear();
    DB_CHECK(QuoteRepository(db()).create(empty));
    QVERIFY(QuoteRepository(db()).markSent(empty.id).errorMessage().contains("no lines"_L1));
}

void TestQuotes::signAndFreeze()
{
    Quote q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    const SignatureRecord byEmail{
        u"Claire Martin"_s, {}, SignatureMethod::Email, u"Re: devis"_s, {}};
    QVERIFY(QuoteRepository(db()).markSigned(q.id, byEmail).errorMessage().contains("send"_L1));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    QVERIFY(!QuoteRepository(db())
                 .markSigned(q.id, {u"Claire"_s, {}, SignatureMethod::ESign, {}, {}})
                 .ok()); // an e-signature needs its reference
    QVERIFY(
        !QuoteRepository(db()).markSigned(q.id, {{}, {}, SignatureMethod::InPerson, {}, {}}).ok());
    m_fx->clock.advanceSecs(3600);
    DB_CHECK(QuoteRepository(db()).markSigned(q.id, byEmail));
    const auto signedQuote = QuoteRepository(db()).find(q.id);
    QCOMPARE(signedQuote->status, QuoteStatus::Signed);
    QVERIFY(signedQuote->signature.has_value());
    QCOMPARE(signedQuote->signature->signer, u"Claire Martin"_s);
    QCOMPARE(signedQuote->signature->method, SignatureMethod::Email);
    QCOMPARE(signedQuote->signature->reference, u"Re: devis"_s);
    QCOMPARE(signedQuote->signature->at, fixedNow().addSecs(3600));

    // Frozen: no edit, no second signature, no decline; the schema refuses it too.
    Quote edited = signedQuote.value();
    edited.referral = true;
    const Status s = QuoteRepository(db()).update(edited);
    QVERIFY2(s.errorMessage().contains("forbidChangeAfterSignature"_L1),
             qPrintable(s.errorMessage()));
    QVERIFY(!QuoteRepository(db()).markSigned(q.id, byEmail).ok());
    QVERIFY(!QuoteRepository(db()).decline(q.id).ok());
    for (const QString &change :
         {u"UPDATE quotes SET referral = 1 WHERE id = %1"_s, u"DELETE FROM quotes WHERE id = %1"_s,
          u"UPDATE quote_lines SET quantity_milli = 1 WHERE quote_id = %1"_s,
          u"DELETE FROM quote_discounts WHERE quote_id = %1"_s,
          u"INSERT INTO quote_discounts (quote_id, position, kind, bp) VALUES (%1, 9, 'x', 1)"_s})
        QVERIFY2(!execOn(db(), change.arg(q.id)).isEmpty(), qPrintable(change));
    QCOMPARE(QuoteRepository(db()).find(q.id)->referral, false);
    // The stored decision is what the totals use, whatever the playbook says later.
    const DiscountDecision d = QuoteRepository(db()).decision(signedQuote.value());
    QCOMPARE(d.totalBp, 1700);
}

void TestQuotes::reviseASignedQuote()
{
    Quote q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    QVERIFY(QuoteRepository(db()).revise(q.id).errorMessage().contains("draft"_L1));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    DB_CHECK(QuoteRepository(db()).markSigned(
        q.id, {u"Claire"_s, {}, SignatureMethod::InPerson, {}, {}}));
    const auto r2 = QuoteRepository(db()).revise(q.id);
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage()));
    Quote revision = QuoteRepository(db()).find(*r2).value();
    QCOMPARE(revision.number, q.number);
    QCOMPARE(revision.revision, 2);
    QCOMPARE(revision.displayNumber(), q.number + u"-R2"_s);
    QCOMPARE(revision.previousId, q.id);
    QCOMPARE(revision.status, QuoteStatus::Draft);
    QVERIFY(!revision.signature.has_value());
    QCOMPARE(revision.lines.size(), q.lines.size());
    QCOMPARE(revision.discounts, q.discounts);
    // The revision is a draft: it changes; the signed one does not.
    revision.lines.removeLast();
    DB_CHECK(QuoteRepository(db()).update(revision));
    const auto original = QuoteRepository(db()).find(q.id);
    QCOMPARE(original->status, QuoteStatus::Signed);
    QCOMPARE(original->lines.size(), 2);
    // Revising again gives R3, and no new number was used.
    DB_CHECK(QuoteRepository(db()).markSent(revision.id));
    const auto r3 = QuoteRepository(db()).revise(revision.id);
    QCOMPARE(QuoteRepository(db()).find(*r3)->displayNumber(), q.number + u"-R3"_s);
    Quote next = draft();
    DB_CHECK(QuoteRepository(db()).create(next));
    QCOMPARE(next.number, u"DEV-2026-0002"_s);
}

void TestQuotes::declineAndExpire()
{
    Quote a = draft();
    Quote b = draft();
    Quote c = draft();
    for (Quote *q : {&a, &b, &c})
        DB_CHECK(QuoteRepository(db()).create(*q));
    QVERIFY(!QuoteRepository(db()).decline(a.id).ok()); // a draft is not declined
    for (Quote *q : {&a, &b})
        DB_CHECK(QuoteRepository(db()).markSent(q->id));
    DB_CHECK(QuoteRepository(db()).decline(a.id, u"Too expensive"_s));
    QCOMPARE(QuoteRepository(db()).find(a.id)->status, QuoteStatus::Declined);

    // Valid until 1 April: still valid that day, expired the next.
    m_fx->clock.set(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(QuoteRepository(db()).expireOverdue()->size(), 0);
    m_fx->clock.set(QDateTime(QDate(2026, 4, 2), QTime(12, 0), Qt::UTC));
    QVERIFY(QuoteRepository(db())
                .markSigned(b.id, {u"Claire"_s, {}, SignatureMethod::InPerson, {}, {}})
                .errorMessage()
                .contains("revise"_L1));
    const auto expired = QuoteRepository(db()).expireOverdue();
    QCOMPARE(expired.value(), QList<qint64>{b.id});
    QCOMPARE(QuoteRepository(db()).find(b.id)->status, QuoteStatus::Expired);
    QCOMPARE(QuoteRepository(db()).find(c.id)->status, QuoteStatus::Draft); // drafts stay
    QCOMPARE(QuoteRepository(db()).expireOverdue()->size(), 0);
    const auto r2 = QuoteRepository(db()).revise(b.id);
    QVERIFY(r2.ok());
    QCOMPARE(QuoteRepository(db()).find(*r2)->validUntil, QDate(2026, 5, 2));
}

void TestQuotes::findByNumberAndLists()
{
    Quote a = draft();
    DB_CHECK(QuoteRepository(db()).create(a));
    DB_CHECK(QuoteRepository(db()).markSent(a.id));
    const qint64 r2 = QuoteRepository(db()).revise(a.id).value();
    QCOMPARE(QuoteRepository(db()).findByNumber(u"DEV-2026-0001"_s)->id, a.id);
    QCOMPARE(QuoteRepository(db()).findByNumber(u"dev-2026-0001-r2"_s)->id, r2);
    QVERIFY(!QuoteRepository(db()).findByNumber(u"DEV-2026-0001-R9"_s).ok());
    QVERIFY(!QuoteRepository(db()).findByNumber(u"DEV-2026-0001-Rx"_s).ok());

    Company other = sampleCompany(u"Other"_s);
    Deal d = sampleDeal(CompanyRepository(db()).create(other).value(), u"Other deal"_s);
    Quote b = draft();
    b.dealId = DealRepository(db()).create(d).value();
    DB_CHECK(QuoteRepository(db()).create(b));
    QCOMPARE(QuoteRepository(db()).forDeal(m_deal)->size(), 2);
    QCOMPARE(QuoteRepository(db()).forDeal(b.dealId)->size(), 1);
    QCOMPARE(QuoteRepository(db()).list()->size(), 3);
    QCOMPARE(QuoteRepository(db()).list({QuoteStatus::Sent, 0})->size(), 1);
    QCOMPARE(QuoteRepository(db()).list({QuoteStatus::Draft, m_deal})->first().id, r2);
}

void TestQuotes::everyChangeIsLogged()
{
    Quote q = draft();
    DB_CHECK(QuoteRepository(db()).create(q));
    DB_CHECK(QuoteRepository(db()).update(q));
    DB_CHECK(QuoteRepository(db()).markSent(q.id));
    DB_CHECK(QuoteRepository(db()).markSigned(
        q.id, {u"Claire"_s, {}, SignatureMethod::ESign, u"env-42"_s, {}}));
    const auto events = QuoteRepository(db()).history(q.id);
    QCOMPARE(events->size(), 4);
    QCOMPARE(events->at(0).kind, Event::Kind::Created);
    QCOMPARE(events->at(0).newValue, q.number);
    QCOMPARE(events->at(1).field, u"content"_s);
    QCOMPARE(events->at(2).field, u"status"_s);
    QCOMPARE(events->at(2).newValue, u"sent"_s);
    QCOMPARE(events->at(3).newValue, u"signed"_s);
    QCOMPARE(events->at(3).detail, u"Claire\nesign\nenv-42"_s);
    // The deal's history shows each step of its quote.
    QStringList onDeal;
    for (const Event &e : EventLog(db()).forEntity(u"deal"_s, m_deal).value())
        if (e.field == "quote"_L1)
            onDeal << e.oldValue + u'>' + e.newValue + u' ' + e.detail;
    QCOMPARE(onDeal, (QStringList{u">draft DEV-2026-0001"_s, u"draft>draft DEV-2026-0001"_s,
                                  u"draft>sent DEV-2026-0001"_s, u"sent>signed DEV-2026-0001"_s}));
}

void TestQuotes::concurrentCreationHasNoGaps()
{
    // A second Database on the same file through another path: Database's lock keeps a second
    // process out, and the lock file is named after the path; SQLite resolves the link.
    const QString path = db().path();
    const QString link = m_fx->dir.filePath(u"link.db"_s);
    QVERIFY(QFile::link(path, link));
    constexpr int perThread = 25;
    const Quote model = draft(); // read here: the fixture's connection belongs to this thread
    QStringList numbers[2];
    QString errors[2];
    const auto worker = [&](int n) {
        return QThread::create([&, n] {
            std::unique_ptr<Database> own;
            Database *target = nullptr;
            if (n == 1) {
                auto opened = Database::open(link);
                if (!opened) {
                    errors[n] = opened.errorMessage();
                    return;
                }
                own = std::move(opened).value();
                target = own.get();
            }
            for (int i = 0; i < perThread && target; ++i) {
                Quote q = model;
                const auto id = QuoteRepository(*target).create(q);
                if (!id) {
                    errors[n] = id.errorMessage();
                    return;
                }
                numbers[n] << q.number;
            }
        });
    };
    // The fixture's connection belongs to this thread: it creates here, the other in a thread.
    std::unique_ptr<QThread> other(worker(1));
    other->start();
    for (int i = 0; i < perThread; ++i) {
        Quote q = model;
        const auto id = QuoteRepository(db()).create(q);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        numbers[0] << q.number;
    }
    QVERIFY(other->wait(60000));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    QStringList all = numbers[0] + numbers[1];
    all.sort();
    QCOMPARE(all.size(), 2 * perThread);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), Quote::formatNumber(2026, i + 1));
    QCOMPARE(countRows(db(), u"SELECT count(DISTINCT number) FROM quotes"_s), 2 * perThread);
    QCOMPARE(countRows(db(), u"SELECT last FROM quote_numbers WHERE year = 2026"_s), 2 * perThread);
}

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
