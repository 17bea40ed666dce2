#pragma once

#include "model/sellerdetails.h"
#include "result.h"
#include "storage/issueddocumentrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>

namespace dealboard::cli {

// What the seller, PDF and signature commands share: their JSON, and image files read from
// the command line.
struct DocumentFormat
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFormat)

public:
    // A record of the register: id, sha256, quote_id, number, status, fingerprint, language,
    // file_name, issued_at (ISO 8601 UTC).
    static QJsonObject json(const IssuedDocument &document);
    // company_name, address_lines, siret, vat_number, iban, terms_url and logo ({bytes, sha256,
    // format, width, height} or null).
    static QJsonObject json(const SellerDetails &seller);
    // "12 KB PNG, 120 × 60 px" for an image file's bytes.
    static QString imageSummary(const QByteArray &bytes);
    // Reads an image file for `what` (a field name for the messages): refuses a missing or
    // unreadable file, one over `maxBytes`, and what does not decode as an image.
    static Result<QByteArray> readImage(const QString &path, const QString &what, qint64 maxBytes);
    // The image decoded from bytes (null when it does not decode).
    static QImage decode(const QByteArray &bytes, QByteArray *format = nullptr);
};

} // namespace dealboard::cli
