#include "issueddocumentrepository.h"

#include "clock.h"
#include "database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QString kColumns = u"id, sha256, quote_id, display_number, status, fingerprint, language, "
                         "file_name, issued_at"_s;

IssuedDocument read(const QSqlQuery &q)
{
    IssuedDocument d;
    d.id = q.value(0).toLongLong();
    d.sha256 = q.value(1).toString().toLatin1();
    d.quoteId = q.value(2).toLongLong();
    d.displayNumber = q.value(3).toString();
    d.status = Quote::statusFromKey(q.value(4).toString()).value_or(QuoteStatus::Draft);
    d.fingerprint = q.value(5).toString();
    d.language = q.value(6).toString();
    d.fileName = q.value(7).toString();
    d.issuedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    return d;
}

bool isSha256Hex(const QByteArray &hex)
{
    if (hex.size() != 64)
        return false;
    for (const char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace

Result<qint64> IssuedDocumentRepository::record(IssuedDocument &document)
{
    document.sha256 = document.sha256.toLower();
    if (!isSha256Hex(document.sha256))
        return internalError(tr("\"%1\" is not a SHA-256 in hexadecimal.")
                                 .arg(QString::fromLatin1(document.sha256)));
    Database::Transaction tx(m_db);
    // The same bytes issued again (the same quote rendered the same way): one record.
    const Result<std::optional<IssuedDocument>> existing = findBySha256(document.sha256);
    if (!existing)
        return existing.error();
    if (*existing) {
        document = **existing;
        if (Status s = tx.commit(); !s)
            return s.error();
        return document.id;
    }
    if (!document.issuedAt.isValid())
        document.issuedAt = Clock::current().now();
    QSqlQuery &q = m_db.prepared(u"INSERT INTO issued_documents (sha256, quote_id, "
                                 "display_number, status, fingerprint, language, file_name, "
                                 "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(document.sha256));
    q.addBindValue(document.quoteId);
    q.addBindValue(document.displayNumber);
    q.addBindValue(Quote::statusKey(document.status));
    q.addBindValue(document.fingerprint.isEmpty() ? QVariant() : QVariant(document.fingerprint));
    q.addBindValue(document.language);
    q.addBindValue(document.fileName.isEmpty() ? QVariant() : QVariant(document.fileName));
    q.addBindValue(document.issuedAt.toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("recording the issued document")); !s)
        return s.error();
    document.id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return document.id;
}

Result<std::optional<IssuedDocument>>
IssuedDocumentRepository::findBySha256(const QByteArray &sha256)
{
    QSqlQuery &q =
        m_db.prepared(u"SELECT "_s + kColumns + u" FROM issued_documents WHERE sha256 = ?"_s);
    q.addBindValue(QString::fromLatin1(sha256.toLower()));
    if (Status s = m_db.exec(q, tr("reading the issued documents")); !s)
        return s.error();
    std::optional<IssuedDocument> found;
    if (q.next())
        found = read(q);
    q.finish();
    return found;
}

Result<QList<IssuedDocument>> IssuedDocumentRepository::forQuote(qint64 quoteId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + kColumns +
                                 u" FROM issued_documents WHERE quote_id = ? ORDER BY id"_s);
    q.addBindValue(quoteId);
    if (Status s = m_db.exec(q, tr("reading the issued documents")); !s)
        return s.error();
    QList<IssuedDocument> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

} // namespace dealboard
