#include "quoteissuer.h"

#include "documents/quotepdf.h"
#include "storage/database.h"
#include "storage/quoterepository.h"
#include "storage/sellerrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kMaxVerifiedBytes = 50 * 1024 * 1024;

// A PDF text string's bytes as text: UTF-16BE after its byte-order mark, else PDFDocEncoding
// (Latin-1 for what a quote number uses).
QString pdfText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            out += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
        return out;
    }
    return QString::fromLatin1(bytes);
}

// The literal string "( … )" that starts at `at`: escapes (\n, \(, \\, octal \ddd) and
// balanced parentheses, as the PDF syntax has them.
QByteArray literalString(const QByteArray &pdf, qsizetype at)
{
    QByteArray out;
    int depth = 0;
    for (qsizetype i = at; i < pdf.size(); ++i) {
        const char c = pdf.at(i);
        if (c == '\\' && i + 1 < pdf.size()) {
            const char e = pdf.at(++i);
            if (e >= '0' && e <= '7') {
                int value = 0;
                int digits = 0;
                for (; digits < 3 && i < pdf.size() && pdf.at(i) >= '0' && pdf.at(i) <= '7';
                     ++digits, ++i)
                    value = value * 8 + (pdf.at(i) - '0');
                --i;
                out += char(value);
                continue;
            }
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case '\n':
                break; // a line continued
            default:
                out += e;
            }
            continue;
        }
        if (c == '(' && depth++ == 0)
            continue;
        if (c == ')' && --depth == 0)
            return out;
        out += c;
    }
    return {};
}

} // namespace

// The title a PDF gives itself: its Info dictionary's /Title (QPdfWriter writes a literal
// string in UTF-16BE with a byte-order mark; a hex string <FEFF…> is read too), else the XMP
// metadata's dc:title.
QString QuoteIssuer::pdfTitle(const QByteArray &pdf)
{
    for (qsizetype at = pdf.indexOf("/Title"); at >= 0; at = pdf.indexOf("/Title", at + 1)) {
        qsizetype i = at + 6;
        while (i < pdf.size() && QChar::isSpace(uchar(pdf.at(i))))
            ++i;
        if (i >= pdf.size())
            break;
        if (pdf.at(i) == '(') {
            QString title = pdfText(literalString(pdf, i));
            if (!title.isEmpty())
                return title;
        } else if (pdf.at(i) == '<' && pdf.mid(i, 2) != "<<") {
            const qsizetype end = pdf.indexOf('>', i);
            if (end > i) {
                QByteArray hex = pdf.mid(i + 1, end - i - 1).simplified();
                hex.replace(' ', QByteArray());
                QString title = pdfText(QByteArray::fromHex(hex));
                if (!title.isEmpty())
                    return title;
            }
        }
    }
    static const QRegularExpression xmp(
        u"<dc:title>\\s*<rdf:Alt>\\s*<rdf:li[^>]*>([^<]*)</rdf:li>"_s);
    const qsizetype meta = pdf.indexOf("<dc:title>");
    if (meta >= 0) {
        const auto m = xmp.match(QString::fromUtf8(pdf.mid(meta, 4096)));
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    return {};
}

int QuoteIssuer::pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

Result<Buyer> QuoteIssuer::buyerForDeal(qint64 dealId)
{
    Buyer buyer;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT d.company_id, c.name, d.contact_id FROM deals d "
                  "JOIN companies c ON c.id = d.company_id WHERE d.id = ?"_s);
        q.addBindValue(dealId);
        if (Status s = m_db.exec(q, tr("reading the deal")); !s)
            return s.error();
        if (!q.next())
            return userError(tr("There is no deal %1.").arg(dealId));
        buyer.companyId = q.value(0).toLongLong();
        buyer.companyName = q.value(1).toString();
        buyer.contactId = q.value(2).toLongLong();
    }
    // The deal's contact when it is still there, else the company's first one.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, name, email FROM contacts WHERE deleted_at IS NULL AND "
              "(id = ? OR company_id = ?) ORDER BY id = ? DESC, id LIMIT 1"_s);
    q.addBindValue(buyer.contactId);
    q.addBindValue(buyer.companyId);
    q.addBindValue(buyer.contactId);
    if (Status s = m_db.exec(q, tr("reading the deal's contact")); !s)
        return s.error();
    buyer.contactId = 0;
    if (q.next()) {
        buyer.contactId = q.value(0).toLongLong();
        buyer.contactName = q.value(1).toString();
        buyer.email = q.value(2).toString();
    }
    return buyer;
}

Result<QuoteDocument> QuoteIssuer::document(qint64 quoteId)
{
    const Result<Quote> quote = QuoteRepository(m_db).find(quoteId);
    if (!quote)
        return quote.error();
    const Result<SellerDetails> seller = SellerRepository(m_db).load();
    if (!seller)
        return seller.error();
    const Result<Buyer> buyer = buyerForDeal(quote->dealId);
    if (!buyer)
        return buyer.error();
    return QuoteDocument::build(quote.value(), m_db.playbook(), seller.value(), buyer.value());
}

Result<IssuedDocument> QuoteIssuer::writePdf(qint64 quoteId, const QString &path)
{
    const Result<QuoteDocument> doc = document(quoteId);
    if (!doc)
        return doc.error();
    const Result<QByteArray> bytes = QuotePdf::render(doc.value());
    if (!bytes)
        return bytes.error();

    const Quote &quote = doc->quote();
    IssuedDocument issued;
    issued.sha256 = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex();
    issued.quoteId = quote.id;
    issued.displayNumber = quote.displayNumber();
    issued.status = quote.status;
    issued.fingerprint = doc->fingerprint();
    issued.language = quote.language;
    issued.fileName = QFileInfo(path).fileName();

    // Recorded first, committed only once the file is whole on disk: a failed write leaves no
    // record. A record that then fails to commit leaves the file (QSaveFile has already
    // replaced what was there: removing it would lose both).
    Database::Transaction tx(m_db);
    if (const Result<qint64> id = IssuedDocumentRepository(m_db).record(issued); !id)
        return id.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write the PDF to %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return userError(tr("Cannot write the PDF to %1: %2").arg(path, file.errorString()));
    if (Status s = tx.commit(); !s)
        return Error{s.errorKind(),
                     tr("The PDF was written to %1 but Dealboard could not record it, so quote "
                        "verify will not recognise it: %2")
                         .arg(path, s.errorMessage())};
    return issued;
}

Result<VerifyOutcome> QuoteIssuer::verify(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return userError(tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return userError(tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxVerifiedBytes)
        return userError(tr("%1 is %2 MB: not a quote Dealboard wrote (they are far smaller).")
                             .arg(path)
                             .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return userError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxVerifiedBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return userError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    file.close();

    VerifyOutcome outcome;
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    Result<std::optional<IssuedDocument>> issued = IssuedDocumentRepository(m_db).findBySha256(sha);
    if (!issued)
        return issued.error();
    outcome.issued = std::move(issued).value();
    if (outcome.issued)
        return outcome;

    // Not byte for byte: does it claim to be one of ours?
    static const QRegularExpression number(u"DEV-\\d{4}-\\d{4,}(?:-R\\d+)?"_s);
    const auto m = number.match(pdfTitle(bytes));
    if (m.hasMatch()) {
        const Result<Quote> claimed = QuoteRepository(m_db).findByNumber(m.captured(0));
        if (claimed)
            outcome.claimedNumber = claimed->displayNumber();
    }
    return outcome;
}

} // namespace dealboard
