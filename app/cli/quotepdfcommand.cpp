#include "quotepdfcommand.h"

#include "documentformat.h"
#include "documents/quoteissuer.h"
#include "quoteformat.h"
#include "storage/sellerrepository.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuotePdfCommand::QuotePdfCommand()
    : DatabaseCommand(u"quote pdf"_s,
                      tr("Write a quote as a PDF/A file and record its SHA-256, so that "
                         "quote verify recognises it."))
{
    addPositional({u"quote"_s, tr("The quote's id or number."), u"ID|NUMBER"_s});
    addPositional({u"file"_s, tr("The PDF file to write (replaced if it exists)."), u"FILE"_s});
}

int QuotePdfCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<Quote> quote = QuoteView::find(db, parser.positionalArguments().at(0));
    if (!quote)
        return fail(quote.error());
    const QString path = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    const Result<IssuedDocument> issued = QuoteIssuer(db).writePdf(quote->id, path);
    if (!issued)
        return fail(issued.error());
    QFile written(path);
    const int pages =
        written.open(QIODevice::ReadOnly) ? QuoteIssuer::pdfPageCount(written.readAll()) : 0;
    if (json()) {
        QJsonObject o = DocumentFormat::json(issued.value());
        o.insert(u"path"_s, path);
        o.insert(u"pages"_s, pages);
        printJson(o);
        return Success;
    }
    out() << tr("Wrote %1 (quote %2, %3) to %4: %n page(s).", nullptr, pages)
                 .arg(issued->displayNumber)
                 .arg(issued->quoteId)
                 .arg(Quote::statusName(issued->status).toLower(), path)
          << u'\n' << tr("SHA-256: %1").arg(QString::fromLatin1(issued->sha256)) << u'\n';
    if (issued->status == QuoteStatus::Signed)
        out() << tr("Fingerprint of the signed content: %1").arg(issued->fingerprint) << u'\n';
    if (const Result<SellerDetails> seller = SellerRepository(db).load();
        seller && seller->companyName.isEmpty())
        out() << tr("The seller's details are not set, so the PDF names no seller: set them with "
                    "dealboard-cli seller set.")
              << u'\n';
    out().flush();
    return Success;
}

} // namespace dealboard::cli
