#include "documentformat.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject DocumentFormat::json(const IssuedDocument &d)
{
    return {{u"id"_s, d.id},
            {u"sha256"_s, QString::fromLatin1(d.sha256)},
            {u"quote_id"_s, d.quoteId},
            {u"number"_s, d.displayNumber},
            {u"status"_s, Quote::statusKey(d.status)},
            {u"fingerprint"_s, textOrNull(d.fingerprint)},
            {u"language"_s, d.language},
            {u"file_name"_s, textOrNull(d.fileName)},
            {u"issued_at"_s, d.issuedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject DocumentFormat::json(const SellerDetails &s)
{
    QJsonValue logo;
    if (!s.logo.isEmpty()) {
        QByteArray format;
        const QImage image = decode(s.logo, &format);
        logo =
            QJsonObject{{u"bytes"_s, s.logo.size()},
                        {u"sha256"_s,
                         QString::fromLatin1(
                             QCryptographicHash::hash(s.logo, QCryptographicHash::Sha256).toHex())},
                        {u"format"_s, textOrNull(QString::fromLatin1(format))},
                        {u"width"_s, image.width()},
                        {u"height"_s, image.height()}};
    }
    return {{u"company_name"_s, textOrNull(s.companyName)},
            {u"address_lines"_s, QJsonArray::fromStringList(s.addressLines)},
            {u"siret"_s, textOrNull(s.siret)},
            {u"vat_number"_s, textOrNull(s.vatNumber)},
            {u"iban"_s, textOrNull(s.iban)},
            {u"terms_url"_s, textOrNull(s.termsUrl)},
            {u"logo"_s, logo}};
}

QImage DocumentFormat::decode(const QByteArray &bytes, QByteArray *format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    if (format)
        *format = reader.format();
    return reader.read();
}

QString DocumentFormat::imageSummary(const QByteArray &bytes)
{
    QByteArray format;
    const QImage image = decode(bytes, &format);
    const QString size = tr("%1 KB").arg((bytes.size() + 1023) / 1024);
    if (image.isNull())
        return tr("%1, not an image Dealboard can read").arg(size);
    return tr("%1 %2, %3 × %4 px")
        .arg(size, QString::fromLatin1(format.toUpper()))
        .arg(image.width())
        .arg(image.height());
}

Result<QByteArray> DocumentFormat::readImage(const QString &path, const QString &what,
                                             qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return userError(tr("%1: there is no file %2.").arg(what, path));
    if (info.size() > maxBytes)
        return userError(tr("%1: %2 is %3 KB, more than the %4 KB allowed.")
                             .arg(what, path)
                             .arg((info.size() + 1023) / 1024)
                             .arg(maxBytes / 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return userError(tr("%1: cannot read %2: %3").arg(what, path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (decode(bytes).isNull())
        return userError(
            tr("%1: %2 is not an image Dealboard can read (PNG or JPEG).").arg(what, path));
    return bytes;
}

} // namespace dealboard::cli
