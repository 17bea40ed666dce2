#include "quotedocument.h"

#include "documents/quotedocumentlabels.h"
#include "documents/quotefingerprint.h"
#include "playbook/playbook.h"
#include "rules/discountpolicy.h"
#include "rules/discountrules.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

using quotedocument::esc;
using quotedocument::Labels;

const QString kFont = u"DejaVu Sans"_s; // shipped with every Linux desktop; embedded as a subset
constexpr double kMarginMm = 14;
constexpr double kFooterMm = 14; // below the body: the footer's rule and two lines

QString quantity(qint64 milli, const QLocale &locale)
{
    if (milli % QuoteLine::kQuantityScale == 0)
        return locale.toString(milli / QuoteLine::kQuantityScale);
    QString s = locale.toString(double(milli) / QuoteLine::kQuantityScale, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    return s;
}

// "17 %", "12,5 %" with a no-break space, in the document's locale.
QString percent(int bp, const QLocale &locale)
{
    const QString number = bp % 100 == 0 ? locale.toString(bp / 100)
                                         : locale.toString(bp / 100.0, 'f', bp % 10 ? 2 : 1);
    return number + u"\u00a0%"_s;
}

QString row(const QString &label, const QString &amount, bool strong = false)
{
    const QString style =
        strong ? u" style=\"font-weight:bold; background-color:#eef1f5\""_s : QString();
    return u"<tr%1><td>%2</td><td align=\"right\">%3</td></tr>"_s.arg(style, label, amount);
}

} // namespace

Result<QuoteDocument> QuoteDocument::build(const Quote &quote, const Playbook &playbook,
                                           const SellerDetails &seller, const Buyer &buyer)
{
    QuoteDocument doc;
    doc.m_quote = quote;
    doc.m_seller = seller;
    doc.m_buyer = buyer;
    const Labels L(doc.isFrench());
    const QLocale locale = doc.locale();

    const ContractType *contract = nullptr;
    for (const ContractType &c : playbook.contracts())
        if (c.key == quote.contract)
            contract = &c;
    if (!contract)
        return userError(L(u"Unknown contract type \"%1\"."_s, u"Type de contrat inconnu « %1 »."_s)
                             .arg(quote.contract));
    doc.m_contractName = contract->name.text(locale);
    doc.m_payment = contract->payment.text(locale);
    doc.m_termMonths = quote.effectiveTermMonths(contract->termMonthsMin);

    // A saved quote keeps the discounts it was sent with, whatever the playbook says now.
    const DiscountDecision decision = quote.status == QuoteStatus::Draft
                                          ? DiscountPolicy::evaluate(playbook, quote)
                                          : DiscountPolicy::frozen(quote);
    Result<QuoteTotals> totals = QuoteTotals::compute(quote, decision);
    if (!totals)
        return totals.error();
    doc.m_totals = std::move(totals).value();
    if (quote.status == QuoteStatus::Draft)
        doc.m_quote.discounts = decision.applied;

    const Result<DiscountRules> rules = DiscountRules::fromPlaybook(playbook);
    for (const DiscountAmount &d : doc.m_totals.discounts) {
        const DiscountRule *rule = rules ? rules->find(d.kind) : nullptr;
        doc.m_discountNames.append(rule ? rule->name.text(locale) : d.kind);
    }
    if (!doc.m_quote.validUntil.isValid() && doc.m_quote.createdAt.isValid())
        doc.m_quote.validUntil =
            doc.m_quote.createdAt.toUTC().date().addDays(doc.m_quote.validityDays);
    doc.m_fingerprint = QuoteFingerprint::compute(doc.m_quote, doc.m_totals);
    return doc;
}

QLocale QuoteDocument::locale() const
{
    return isFrench() ? QLocale(QLocale::French, QLocale::France)
                      : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString QuoteDocument::title() const
{
    const Labels L(isFrench());
    return L(u"Quote %1"_s, u"Devis %1"_s).arg(m_quote.displayNumber());
}

QString QuoteDocument::letterheadHtml() const
{
    const Labels L(isFrench());
    const QLocale loc = locale();
    const auto date = [&](const QDate &d) {
        return d.isValid() ? loc.toString(d, u"d MMMM yyyy"_s) : u"—"_s;
    };

    QString seller;
    if (!m_seller.logo.isEmpty() && !QImage::fromData(m_seller.logo).isNull())
        seller += u"<img src=\"%1\" height=\"56\"><br>"_s.arg(quotedocument::logoResource());
    seller += u"<span style=\"font-size:13pt; font-weight:bold\">%1</span><br>"_s.arg(
        esc(m_seller.companyName));
    for (const QString &line : m_seller.addressLines)
        seller += esc(line) + u"<br>"_s;
    if (!m_seller.siret.isEmpty())
        seller += L(u"SIRET: %1<br>"_s, u"SIRET\u00a0: %1<br>"_s).arg(esc(m_seller.siret));
    if (!m_seller.vatNumber.isEmpty())
        seller += L(u"VAT number: %1"_s, u"N° TVA intracommunautaire\u00a0: %1"_s)
                      .arg(esc(m_seller.vatNumber));

    QString quote = u"<span style=\"font-size:20pt; font-weight:bold\">%1</span><br>"_s.arg(
        L(u"QUOTE"_s, u"DEVIS"_s));
    quote += u"<b>%1</b><br>"_s.arg(esc(m_quote.displayNumber()));
    quote +=
        L(u"Date: %1"_s, u"Date\u00a0: %1"_s)
            .arg(date(m_quote.createdAt.isValid() ? m_quote.createdAt.toUTC().date() : QDate()));
    quote += u"<br>"_s +
             L(u"Valid until: %1"_s, u"Valable jusqu’au\u00a0: %1"_s).arg(date(m_quote.validUntil));

    QString buyer = u"<span style=\"color:#555555\">%1</span><br><b>%2</b><br>"_s.arg(
        L(u"Customer"_s, u"Client"_s), esc(m_buyer.companyName));
    if (!m_buyer.contactName.isEmpty())
        buyer +=
            L(u"Attn: %1"_s, u"À l’attention de %1"_s).arg(esc(m_buyer.contactName)) + u"<br>"_s;
    if (!m_buyer.email.isEmpty())
        buyer += esc(m_buyer.email);

    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"55%\" valign=\"top\">%1</td>"
           "<td width=\"45%\" valign=\"top\" align=\"right\">%2</td></tr>"
           "<tr><td></td><td style=\"padding-top:10px\"><table width=\"100%\" cellpadding=\"8\" "
           "border=\"1\" cellspacing=\"0\" style=\"border-color:#999999; "
           "border-style:solid\"><tr><td>%3</td></tr>"
           "</table></td></tr></table>"_s.arg(seller, quote, buyer);
}

QString QuoteDocument::linesHtml() const
{
    const Labels L(isFrench());
    const QLocale loc = locale();
    QString html =
        u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
        "style=\"margin-top:16px; border-collapse:collapse\">"
        "<thead><tr style=\"background-color:#e4e8ee; font-weight:bold\">"
        "<th align=\"left\" width=\"40%\">%1</th><th align=\"right\">%2</th>"
        "<th align=\"right\">%3</th><th align=\"left\">%4</th>"
        "<th align=\"right\">%5</th><th align=\"right\">%6</th></tr></thead>"_s.arg(
            L(u"Description"_s, u"Désignation"_s), L(u"Qty"_s, u"Qté"_s),
            L(u"Unit price excl. VAT"_s, u"Prix unitaire HT"_s), L(u"Billing"_s, u"Facturation"_s),
            L(u"VAT"_s, u"TVA"_s), L(u"Total excl. VAT"_s, u"Total HT"_s));
    for (qsizetype i = 0; i < m_quote.lines.size(); ++i) {
        const QuoteLine &line = m_quote.lines.at(i);
        const QString bg = i % 2 ? u" style=\"background-color:#f6f7f9\""_s : QString();
        const QString billing =
            line.isRecurring() ? L(u"monthly"_s, u"mensuel"_s) : L(u"one-time"_s, u"unique"_s);
        const Money amount = i < m_totals.lines.size() ? m_totals.lines.at(i) : Money();
        html +=
            u"<tr%1><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
            "<td>%5</td><td align=\"right\">%6</td><td align=\"right\">%7</td></tr>"_s.arg(
                bg, esc(line.description), quantity(line.quantityMilli, loc),
                line.unitPrice.format(loc), billing, percent(line.vatBp, loc), amount.format(loc));
    }
    return html + u"</table>"_s;
}

QString QuoteDocument::totalsHtml() const
{
    const Labels L(isFrench());
    const QLocale loc = locale();
    const auto minus = [&](const Money &m) { return u"−"_s + m.format(loc); };
    const QString perMonth = L(u" / month"_s, u" / mois"_s);

    // The discounts in words: which, how much, for how long.
    QString words;
    for (qsizetype i = 0; i < m_totals.discounts.size(); ++i) {
        const DiscountAmount &d = m_totals.discounts.at(i);
        QString period =
            d.months > 0
                ? L(u"on the first %1 months"_s, u"sur les %1 premiers mois"_s).arg(d.months)
                : L(u"for the whole term"_s, u"sur toute la durée"_s);
        words += L(u"<li>%1: −%2 %3, %4%5 %6</li>"_s, u"<li>%1\u00a0: −%2 %3, %4%5 %6</li>"_s)
                     .arg(esc(m_discountNames.value(i)), percent(d.bp, loc), period,
                          minus(d.monthly), L(u" excl. VAT"_s, u" HT"_s), perMonth.trimmed());
    }
    QString html;
    if (!words.isEmpty())
        html +=
            u"<p style=\"margin-top:14px\"><b>%1</b></p><ul style=\"margin-top:2px\">%2</ul>"_s.arg(
                L(u"Discounts"_s, u"Remises"_s), words);

    QString rows;
    rows += row(L(u"Monthly total excl. VAT before discount"_s, u"Total mensuel HT avant remise"_s),
                m_totals.monthlyHt.format(loc));
    for (qsizetype i = 0; i < m_totals.discounts.size(); ++i) {
        const DiscountAmount &d = m_totals.discounts.at(i);
        QString label = L(u"Discount %1 (−%2)"_s, u"Remise %1 (−%2)"_s)
                            .arg(esc(m_discountNames.value(i)), percent(d.bp, loc));
        rows += row(label, minus(d.monthly));
    }
    rows += row(L(u"Monthly total excl. VAT after discount"_s, u"Total mensuel HT après remise"_s),
                m_totals.monthlyDiscountedHt.format(loc), true);
    for (const VatAmount &v : m_totals.monthlyVat)
        rows += row(L(u"VAT %1 on %2"_s, u"TVA %1 sur %2"_s)
                        .arg(percent(v.rateBp, loc), v.base.format(loc)),
                    v.vat.format(loc));
    rows += row(L(u"Monthly total incl. VAT"_s, u"Total mensuel TTC"_s),
                m_totals.monthlyTtc.format(loc), true);
    if (m_totals.introMonths > 0) {
        rows += row(L(u"First %1 months: monthly total excl. VAT"_s,
                      u"%1 premiers mois\u00a0: total mensuel HT"_s)
                        .arg(m_totals.introMonths),
                    m_totals.introMonthlyHt.format(loc));
        rows += row(L(u"First %1 months: monthly total incl. VAT"_s,
                      u"%1 premiers mois\u00a0: total mensuel TTC"_s)
                        .arg(m_totals.introMonths),
                    m_totals.introMonthlyTtc.format(loc));
    }
    if (!m_totals.oneTimeHt.isZero()) {
        rows += row(L(u"One-time total excl. VAT"_s, u"Total ponctuel HT"_s),
                    m_totals.oneTimeHt.format(loc));
        for (const VatAmount &v : m_totals.oneTimeVat)
            rows += row(L(u"VAT %1 on %2"_s, u"TVA %1 sur %2"_s)
                            .arg(percent(v.rateBp, loc), v.base.format(loc)),
                        v.vat.format(loc));
        rows += row(L(u"One-time total incl. VAT"_s, u"Total ponctuel TTC"_s),
                    m_totals.oneTimeTtc.format(loc), true);
    }
    rows += row(L(u"First-year value excl. VAT"_s, u"Valeur première année HT"_s),
                m_totals.firstYearHt.format(loc), true);
    return html + u"<table width=\"70%\" align=\"right\" cellspacing=\"0\" cellpadding=\"3\" "
                  "style=\"margin-top:8px\">"
                  "%1</table>"_s.arg(rows);
}

QString QuoteDocument::html() const
{
    return u"<html><body>"_s + letterheadHtml() + linesHtml() + totalsHtml() + termsHtml() +
           signatureHtml() + u"</body></html>"_s;
}

QString QuoteDocument::footerLeft() const
{
    const Labels L(isFrench());
    QString text = m_quote.displayNumber() + u" — "_s + m_seller.companyName;
    if (m_quote.status == QuoteStatus::Signed)
        text += u"\n"_s + L(u"Fingerprint (SHA-256): %1"_s, u"Empreinte (SHA-256)\u00a0: %1"_s)
                              .arg(m_fingerprint);
    return text;
}

QString QuoteDocument::footerRight(int page, int pageCount) const
{
    return u"%1 / %2"_s.arg(page).arg(pageCount);
}

std::unique_ptr<QTextDocument> QuoteDocument::layout(QPagedPaintDevice &device, double width,
                                                     double height) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device); // sizes in points follow the device's dpi
    QFont font(kFont, 9);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text extracts as typed
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setPageSize(QSizeF(width, height));
    if (!m_seller.logo.isEmpty()) {
        const QImage logo = QImage::fromData(m_seller.logo);
        if (!logo.isNull())
            doc->addResource(QTextDocument::ImageResource, QUrl(quotedocument::logoResource()),
                             flattened(logo));
    }
    if (const QImage signature = signatureImage(); !signature.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(quotedocument::signatureResource()),
                         signature);
    doc->setHtml(html());
    keepBlocksTogether(*doc, height);
    return doc;
}

Result<int> QuoteDocument::print(QPagedPaintDevice &device) const
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const double margin = kMarginMm * dpmm;
    const double footer = kFooterMm * dpmm;
    const double width = device.width() - 2 * margin;
    const double height = device.height() - 2 * margin - footer;
    if (width <= 0 || height <= 0)
        return internalError(u"QuoteDocument::print: the page is too small"_s);

    const std::unique_ptr<QTextDocument> doc = layout(device, width, height);
    const int pages = doc->pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return internalError(u"QuoteDocument::print: cannot paint on the device"_s);
    QFont footerFont(kFont, 7);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return internalError(u"QuoteDocument::print: cannot start page %1"_s.arg(i + 1));
        painter.save();
        painter.translate(margin, margin - i * height);
        doc->drawContents(&painter, QRectF(0, i * height, width, height));
        painter.restore();

        const QRectF box(margin, device.height() - margin - footer + 3 * dpmm, width,
                         footer - 3 * dpmm);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * dpmm));
        painter.drawLine(box.topLeft(), box.topRight());
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        const QRectF text = box.adjusted(0, 1.5 * dpmm, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, footerLeft());
        painter.drawText(text, Qt::AlignRight | Qt::AlignTop, footerRight(i + 1, pages));
    }
    painter.end();
    return pages;
}

} // namespace dealboard
