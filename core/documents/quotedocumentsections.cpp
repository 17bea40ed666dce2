// The terms and the signature block of QuoteDocument, and what keeps each on one page.

#include "quotedocument.h"

#include "documents/quotedocumentlabels.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

using quotedocument::esc;
using quotedocument::Labels;

// The handwritten signature on the page, in device pixels (96 dpi: 60 px ≈ 16 mm).
constexpr int kSignatureHeight = 60;
constexpr int kSignatureWidth = 260;
// Kept at up to 3× that in the PDF, for print.
constexpr int kSignatureOversampling = 3;

} // namespace

QImage QuoteDocument::flattened(const QImage &image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter p(&flat);
    p.drawImage(0, 0, image);
    p.end();
    return flat;
}

QImage QuoteDocument::signatureImage() const
{
    if (!m_quote.signature || m_quote.signature->image.isEmpty())
        return {};
    QImage image = QImage::fromData(m_quote.signature->image);
    if (image.isNull())
        return {};
    const QSize most(kSignatureWidth * kSignatureOversampling,
                     kSignatureHeight * kSignatureOversampling);
    if (image.width() > most.width() || image.height() > most.height())
        image = image.scaled(most, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return flattened(image);
}

QString QuoteDocument::termsHtml() const
{
    const Labels L(isFrench());
    const QLocale loc = locale();
    // One table cell: keepBlocksTogether() moves it whole, so the heading never ends a page.
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                   "style=\"margin-top:18px\"><tr><td><p><b>%1</b></p><p>"_s.arg(
                       L(u"Terms"_s, u"Conditions"_s));
    html += L(u"Contract: %1, term %2 months."_s, u"Contrat\u00a0: %1, durée %2 mois."_s)
                .arg(esc(m_contractName))
                .arg(m_termMonths);
    html += u"<br>"_s +
            L(u"Payment terms: %1."_s, u"Conditions de paiement\u00a0: %1."_s).arg(esc(m_payment));
    if (!m_seller.iban.isEmpty())
        html +=
            u"<br>"_s +
            L(u"Bank transfer to IBAN %1."_s, u"Virement sur l’IBAN %1."_s).arg(esc(m_seller.iban));
    if (m_quote.validUntil.isValid())
        html += u"<br>"_s + L(u"This quote is valid until %1 (%2 days)."_s,
                              u"Ce devis est valable jusqu’au %1 (%2 jours)."_s)
                                .arg(loc.toString(m_quote.validUntil, u"d MMMM yyyy"_s))
                                .arg(m_quote.validityDays);
    if (!m_seller.termsUrl.isEmpty())
        html += u"<br>"_s +
                L(u"General terms of sale: %1"_s, u"Conditions générales de vente\u00a0: %1"_s)
                    .arg(esc(m_seller.termsUrl));
    return html + u"</p></td></tr></table>"_s;
}

QString QuoteDocument::signatureHtml() const
{
    const Labels L(isFrench());
    QString buyer;
    if (m_quote.signature) {
        const SignatureRecord &s = *m_quote.signature;
        QString method;
        switch (s.method) {
        case SignatureMethod::Email:
            method = L(u"email reply \"OK\""_s, u"réponse «\u00a0OK\u00a0» par e-mail"_s);
            break;
        case SignatureMethod::ESign:
            method = L(u"electronic signature"_s, u"signature électronique"_s);
            break;
        case SignatureMethod::InPerson:
            method = L(u"signed in person"_s, u"signé en personne"_s);
            break;
        }
        buyer = L(u"Signed by %1 on %2 (UTC)"_s, u"Signé par %1 le %2 (UTC)"_s)
                    .arg(esc(s.signer), locale().toString(s.at.toUTC(), u"d MMMM yyyy HH:mm"_s));
        buyer += u"<br>"_s + L(u"Method: %1"_s, u"Méthode\u00a0: %1"_s).arg(method);
        if (!s.reference.isEmpty())
            buyer +=
                u"<br>"_s + L(u"Reference: %1"_s, u"Référence\u00a0: %1"_s).arg(esc(s.reference));
        if (const QImage image = signatureImage(); !image.isNull()) {
            const QSize shown =
                image.size().scaled(kSignatureWidth, kSignatureHeight, Qt::KeepAspectRatio);
            const QSize size =
                image.height() <= kSignatureHeight && image.width() <= kSignatureWidth
                    ? image.size()
                    : shown;
            buyer += u"<br><img src=\"%1\" width=\"%2\" height=\"%3\">"_s
                         .arg(quotedocument::signatureResource())
                         .arg(size.width())
                         .arg(size.height());
        }
    } else {
        buyer = L(u"Date, name, signature and company stamp"_s,
                  u"Date, nom, signature et cachet de l’entreprise"_s) +
                u"<br><br><br>"_s;
    }
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
           "border=\"1\" style=\"margin-top:18px; border-color:#999999; border-style:solid\">"
           "<tr><td width=\"50%\" valign=\"top\"><b>%1</b><br>%2</td>"
           "<td width=\"50%\" valign=\"top\"><b>%3</b><br>%4</td></tr></table>"_s.arg(
               L(u"For the supplier"_s, u"Pour le prestataire"_s), esc(m_seller.companyName),
               L(u"Approved"_s, u"Bon pour accord"_s), buyer);
}

void QuoteDocument::keepBlocksTogether(QTextDocument &doc, double pageHeight)
{
    // The body ends with two tables, the terms and the signature block. In order: moving the
    // terms moves the signature with them, so it is looked at after.
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (qsizetype i = std::max<qsizetype>(0, frames.size() - 2); i < frames.size(); ++i) {
        auto *table = qobject_cast<QTextTable *>(frames.at(i));
        if (!table)
            continue;
        const QRectF box = doc.documentLayout()->frameBoundingRect(table);
        // Taller than a page: let it split rather than leave a page empty.
        if (box.height() >= pageHeight)
            continue;
        if (int(box.top() / pageHeight) != int((box.bottom() - 1) / pageHeight)) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

} // namespace dealboard
