#pragma once

#include "model/quote.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

class Database;

// One PDF Dealboard wrote: the SHA-256 of its bytes and what it was, so a file can be
// recognised later (`dealboard-cli quote verify FILE`).
struct IssuedDocument
{
    qint64 id = 0;
    QByteArray sha256; // lowercase hex of the file's bytes
    qint64 quoteId = 0;
    QString displayNumber;                   // "DEV-2026-0007-R2", as issued
    QuoteStatus status = QuoteStatus::Draft; // the quote's status when the PDF was written
    QString fingerprint;                     // QuoteFingerprint of the content
    QString language;                        // "fr" or "en"
    QString fileName;                        // the name it was written under (no directory)
    QDateTime issuedAt;                      // UTC
};

// The issued_documents table. Append-only: a record is never changed or removed.
class IssuedDocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IssuedDocumentRepository)

public:
    explicit IssuedDocumentRepository(Database &db)
        : m_db(db)
    {}

    // Stores the record (issuedAt = the clock's now when invalid); sets its id. Joins the
    // caller's transaction.
    Result<qint64> record(IssuedDocument &document);
    // The record of a file with this SHA-256 (lowercase hex), none when Dealboard never wrote it.
    Result<std::optional<IssuedDocument>> findBySha256(const QByteArray &sha256);
    // Every PDF issued for a quote, oldest first.
    Result<QList<IssuedDocument>> forQuote(qint64 quoteId);

private:
    Database &m_db;
};

} // namespace dealboard
