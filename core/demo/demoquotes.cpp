#include "demoquotes.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "storage/sellerrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

Status DemoQuotes::addSeller()
{
    SellerRepository sellers(m_db);
    const Result<SellerDetails> stored = sellers.load();
    if (!stored)
        return stored.error();
    if (!stored->companyName.isEmpty())
        return {};
    SellerDetails seller;
    seller.companyName = u"VMCloud SAS"_s;
    seller.addressLines = {u"12 rue de la Paix"_s, u"75002 Paris"_s, u"France"_s};
    seller.siret = u"823 456 702 00013"_s;
    seller.vatNumber = u"FR17823456702"_s;
    seller.iban = u"FR76 3000 6000 0112 3456 7890 189"_s;
    seller.termsUrl = u"https://vmcloud.example/cgv"_s;
    return sellers.save(seller);
}

Result<int> DemoQuotes::add(int max)
{
    const Result<QList<Product>> products = ProductRepository(m_db).list();
    if (!products)
        return products.error();
    if (products->isEmpty())
        return 0;

    struct Target
    {
        qint64 dealId;
        QString stage;
        QDateTime enteredAt;
        QString contact;
    };
    QList<Target> targets;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT d.id, d.stage, d.stage_entered_at, COALESCE(c.name, '') FROM deals d "
                  "LEFT JOIN contacts c ON c.id = d.contact_id WHERE d.stage IN ('demo', "
                  "'proposal', 'nego', 'won', 'customer') ORDER BY d.id DESC LIMIT ?"_s);
        q.addBindValue(max);
        if (!q.exec())
            return internalError(tr("Cannot read the sample deals: %1").arg(q.lastError().text()));
        while (q.next())
            targets.append({q.value(0).toLongLong(), q.value(1).toString(),
                            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                            q.value(3).toString()});
    }

    // Numbers follow the dates, as they would have been allocated.
    std::sort(targets.begin(), targets.end(),
              [](const Target &a, const Target &b) { return a.enteredAt < b.enteredAt; });
    // Quotes are dated just after the deal's last move, so each deal's history stays in order
    // (the log is append-only): made, sent a minute later, signed a minute after that.
    ManualClock clock(m_now);
    const ScopedClock scoped(clock);
    if (Status s = addSeller(); !s)
        return s.error();
    QuoteRepository quotes(m_db);
    int made = 0;
    for (const Target &t : targets) {
        const qint64 n = t.dealId;
        const bool draft = t.stage == "demo"_L1;
        const QDateTime entered = std::min(t.enteredAt, m_now.addSecs(-180));
        clock.set(entered.addSecs(60));
        Quote q;
        q.dealId = t.dealId;
        q.contract = n % 7 == 0   ? u"self-service"_s
                     : n % 5 == 0 ? u"multi-year"_s
                                  : u"annual-standard"_s;
        q.language = n % 6 == 0 ? u"en"_s : u"fr"_s;
        const int lines = 1 + int(n % 3);
        // A referral on top of three products or a multi-year term would pass the 30 % cap.
        q.referral = n % 4 == 0 && q.contract != "multi-year"_L1 && lines < 3;
        for (int i = 0; i < lines; ++i) {
            const Product &p = products->at((n * 3 + i * 5) % products->size());
            q.lines.append({p.id, q.language == "fr"_L1 ? p.name.fr : p.name.en,
                            (1 + (n + i) % 6) * QuoteLine::kQuantityScale, p.price, p.billing,
                            p.vatBp});
        }
        if (q.contract == "multi-year"_L1) {
            // The multi-year contract comes with the 24-month founder discount, documented
            // and validated as §7.2 asks.
            QuoteDiscount commitment;
            commitment.kind = u"commitment-24"_s;
            commitment.justification = u"Engagement ferme sur 24 mois"_s;
            commitment.validation = {u"Fondateur"_s, clock.now().date(),
                                     u"Re: remise engagement 24 mois — OK"_s};
            q.discounts.append(commitment);
        }
        if (Result<qint64> id = quotes.create(q); !id)
            return id.error();
        ++made;
        if (draft)
            continue;
        clock.set(entered.addSecs(120));
        if (Status s = quotes.markSent(q.id); !s)
            return s.error();
        if (t.stage == "won"_L1 || t.stage == "customer"_L1) {
            clock.set(entered.addSecs(180));
            const SignatureRecord signature{t.contact.isEmpty() ? u"Client"_s : t.contact,
                                            clock.now(),
                                            SignatureMethod::Email,
                                            u"Re: %1 — OK"_s.arg(q.displayNumber()),
                                            {}};
            if (Status s = quotes.markSigned(q.id, signature); !s)
                return s.error();
        }
    }
    return made;
}

} // namespace dealboard
