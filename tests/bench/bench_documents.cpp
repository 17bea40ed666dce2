// Documents benchmark: run on demand (`ninja bench`), prints figures, asserts nothing about time.
//
//   bench_documents
//
// (a) QuoteDocument::build + QuotePdf::render of a signed 40-line quote (annual contract,
//     referral), median of 5 runs after one warm-up (font database, first layout); target
//     < 150 ms.

#include "documents/quotedocument.h"
#include "documents/quotepdf.h"
#include "playbook/playbook.h"
#include "rules/discountpolicy.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

Quote fortyLines(const Playbook &pb)
{
    Quote q;
    q.number = u"DEV-2026-0007"_s;
    q.contract = u"annual-standard"_s;
    q.referral = true;
    q.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    q.validUntil = QDate(2026, 12, 2);
    for (int i = 0; i < 40; ++i) {
        QuoteLine l;
        l.productId = i % 5 + 1;
        l.description = u"VPS M instance %1, 4 vCPU, 8 Go"_s.arg(i + 1);
        l.quantityMilli = (i % 3 + 1) * 1000;
        l.unitPrice = Money(1990 + 100 * i);
        q.lines.append(l);
    }
    q.discounts = DiscountPolicy::evaluate(pb, q).applied;
    q.status = QuoteStatus::Signed;
    q.signature = SignatureRecord{u"Camille Martin"_s,
                                  q.createdAt.addDays(3),
                                  SignatureMethod::Email,
                                  u"Re: devis DEV-2026-0007"_s,
                                  {}};
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the font database needs it (offscreen is fine)
    QTextStream out(stdout);
    const Result<Playbook> pb = Playbook::loadDefault();
    if (!pb) {
        out << pb.errorMessage() << Qt::endl;
        return 1;
    }
    const Quote quote = fortyLines(*pb);
    const SellerDetails seller{u"VMCloud SAS"_s,
                               {u"12 rue de la Paix"_s, u"75002 Paris"_s},
                               u"123 456 789 00012"_s,
                               u"FR12123456789"_s,
                               {},
                               {},
                               {}};
    const Buyer buyer{1, u"Atelier Béranger SARL"_s, 1, u"Camille Martin"_s, {}};

    QList<qint64> runs;
    qsizetype bytes = 0;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QuoteDocument> doc = QuoteDocument::build(quote, *pb, seller, buyer);
        const Result<QByteArray> pdf =
            doc ? QuotePdf::render(*doc) : Result<QByteArray>(doc.error());
        const qint64 ms = timer.elapsed();
        if (!pdf) {
            out << pdf.errorMessage() << Qt::endl;
            return 1;
        }
        bytes = pdf->size();
        if (i > 0) // the first run warms the font database up
            runs.append(ms);
    }
    std::sort(runs.begin(), runs.end());
    out << u"(a) PDF of a 40-line quote: median %1 ms over 5 runs (min %2, max %3), %4 KiB"
           " — target < 150 ms"_s.arg(runs.at(runs.size() / 2))
               .arg(runs.first())
               .arg(runs.last())
               .arg(bytes / 1024)
        << Qt::endl;
    return 0;
}
