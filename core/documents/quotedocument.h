#pragma once

#include "model/quote.h"
#include "model/sellerdetails.h"
#include "result.h"
#include "rules/quotetotals.h"

#include <QLocale>
#include <QString>

#include <memory>

class QImage;
class QPagedPaintDevice;
class QTextDocument;

namespace dealboard {

class Playbook;

// Who the quote is addressed to: the deal's company and contact, as the caller read them.
struct Buyer
{
    qint64 companyId = 0;
    QString companyName;
    qint64 contactId = 0;
    QString contactName;
    QString email;
};

// A quote laid out for paper: the body as HTML (letterhead, parties, number and dates, the
// lines table whose header repeats on each page, discounts, totals, terms, validity, the
// signature block) and a footer painted per page ("i / N", and on a signed quote its
// fingerprint). The same object feeds the PDF (QuotePdf) and a printer (QPrinter is a
// QPagedPaintDevice): one renderer for both.
//
// Language: the quote's own ("fr" → French, anything else → English), never the app's, so a
// French founder can issue an English quote. The strings live in a local table in the .cpp
// (Labels), not in the .ts files: the document's language is the buyer's and both versions
// are reviewed there, side by side.
class QuoteDocument
{
public:
    // Computes the totals (DiscountPolicy::evaluate for a draft, frozen() for a saved quote)
    // and the fingerprint. Fails on an unknown contract or when the totals cannot be computed.
    static Result<QuoteDocument> build(const Quote &quote, const Playbook &playbook,
                                       const SellerDetails &seller, const Buyer &buyer);

    const Quote &quote() const { return m_quote; }
    const QuoteTotals &totals() const { return m_totals; }
    const SellerDetails &seller() const { return m_seller; }
    const Buyer &buyer() const { return m_buyer; }
    bool isFrench() const { return m_quote.language == QLatin1String("fr"); }
    QLocale locale() const;
    // SHA-256 of the content (QuoteFingerprint), whatever the status; printed only when signed.
    QString fingerprint() const { return m_fingerprint; }
    // "Devis DEV-2026-0007-R2" / "Quote DEV-2026-0007-R2": the PDF's title.
    QString title() const;

    // The body, without footer (a QTextDocument subset of HTML 4).
    QString html() const;
    // The footer of page `page` (1-based) of `pageCount`.
    QString footerLeft() const;
    QString footerRight(int page, int pageCount) const;

    // Lays the body out on `device`'s pages and paints each with its footer. The device must
    // be fresh (nothing painted yet). Returns the number of pages. Margins are the document's
    // own (give the device zero margins); the HTML's pixel sizes (padding, logo) are device
    // pixels, so use 96 dpi as QuotePdf does (QPrinter::setResolution(96)) for the same look.
    Result<int> print(QPagedPaintDevice &device) const;

private:
    QString letterheadHtml() const;
    QString linesHtml() const;
    QString totalsHtml() const;
    QString termsHtml() const;
    QString signatureHtml() const;
    std::unique_ptr<QTextDocument> layout(QPagedPaintDevice &device, double width,
                                          double height) const;
    // The handwritten signature as drawn: flattened on white, at most 3× its size on the page;
    // null when there is none or it does not decode.
    QImage signatureImage() const;
    // PDF/A-1b allows no transparency: an image painted on white.
    static QImage flattened(const QImage &image);
    // The terms (heading with their text) and the signature block each move to the next page
    // whole rather than being split over two.
    static void keepBlocksTogether(QTextDocument &doc, double pageHeight);

    Quote m_quote;
    QuoteTotals m_totals;
    SellerDetails m_seller;
    Buyer m_buyer;
    QString m_contractName;
    QString m_payment;
    int m_termMonths = 0;
    QList<QString> m_discountNames; // one per m_totals.discounts, in the quote's language
    QString m_fingerprint;
};

} // namespace dealboard
