#include "quotesigncommand.h"

#include "clock.h"
#include "documentformat.h"
#include "documents/signatureimage.h"
#include "quoteformat.h"
#include "storage/quoterepository.h"
#include "workflow/quoteworkflow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteSignCommand::QuoteSignCommand()
    : DatabaseCommand(u"quote sign"_s,
                      tr("Record the buyer's signature of a sent quote; the deal can then be "
                         "moved to Won."))
{
    addPositional({u"quote"_s, tr("The quote's id or number."), u"ID|NUMBER"_s});
    addOption({u"by"_s, tr("Who signed (the buyer's name)."), u"name"_s});
    addOption({u"method"_s, tr("How: email (a reply \"OK\"), esign (an e-signature) or in-person."),
               u"method"_s});
    addOption({u"reference"_s,
               tr("The email or the e-signature envelope id (required for email and esign)."),
               u"ref"_s});
    addOption({u"at"_s, tr("When it was signed (YYYY-MM-DD or an ISO date-time; default: now)."),
               u"date"_s});
    addOption({u"image"_s,
               tr("The handwritten signature, an image file (PNG or JPEG, at most 1 MB), kept "
                  "as PNG and drawn in the signed PDF."),
               u"file"_s});
}

int QuoteSignCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<Quote> quote = QuoteView::find(db, parser.positionalArguments().at(0));
    if (!quote)
        return fail(quote.error());
    SignatureRecord signature;
    signature.signer = parser.value(u"by"_s).trimmed();
    if (signature.signer.isEmpty())
        return fail(tr("Say who signed with --by NAME."));
    const std::optional<SignatureMethod> method = Quote::methodFromKey(parser.value(u"method"_s));
    if (!method)
        return fail(tr("--method needs email, esign or in-person, not \"%1\".")
                        .arg(parser.value(u"method"_s)));
    signature.method = *method;
    signature.reference = parser.value(u"reference"_s).trimmed();
    if (parser.isSet(u"at"_s)) {
        const QString at = parser.value(u"at"_s);
        // A day without a time (Qt reads "2026-11-24" as its midnight): noon, kept between
        // the sending and now, so that "today" is neither in the future nor before the quote
        // went out.
        const QDate day = QDate::fromString(at, Qt::ISODate);
        if (day.isValid()) {
            const QDateTime now = Clock::current().now();
            signature.at = QDateTime(day, QTime(12, 0), Qt::UTC);
            if (day == now.toUTC().date())
                signature.at = std::min(signature.at, now);
            if (quote->sentAt.isValid() && quote->sentAt.toUTC().date() == day)
                signature.at = std::max(signature.at, quote->sentAt);
        } else {
            signature.at = QDateTime::fromString(at, Qt::ISODate);
        }
        if (!signature.at.isValid())
            return fail(
                tr("--at needs a date YYYY-MM-DD or an ISO date-time, not \"%1\".").arg(at));
        signature.at = signature.at.toUTC();
    }
    if (parser.isSet(u"image"_s)) {
        const Result<QByteArray> bytes =
            DocumentFormat::readImage(parser.value(u"image"_s), tr("Signature image"),
                                      QuoteRepository::kMaxSignatureImageBytes);
        if (!bytes)
            return fail(bytes.error());
        // Cropped, scaled and on white as the app's pad stores it (SignatureImage).
        signature.image = SignatureImage::png(DocumentFormat::decode(bytes.value()));
        if (signature.image.isEmpty())
            return fail(tr("Signature image: %1 has no signature on it (blank or transparent).")
                            .arg(parser.value(u"image"_s)));
    }
    if (Status s = QuoteWorkflow(db).sign(quote->id, signature); !s)
        return fail(s.error());
    const Result<Quote> signedQuote = QuoteView::find(db, QString::number(quote->id));
    if (!signedQuote)
        return fail(signedQuote.error());
    if (json()) {
        const Result<QJsonObject> o = QuoteView::json(db, signedQuote.value(), false);
        if (!o)
            return fail(o.error());
        printJson(o.value());
        return Success;
    }
    out() << tr("%1 is signed by %2. Move deal %3 to Won with dealboard-cli deal move %3 won.")
                 .arg(signedQuote->displayNumber(), signature.signer)
                 .arg(signedQuote->dealId)
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
