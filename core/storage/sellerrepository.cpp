#include "sellerrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr int kSiretDigits = 14;
constexpr int kSirenDigits = 9;
constexpr int kIbanMinLength = 15; // Norway
constexpr int kIbanMaxLength = 34;
constexpr int kMod97 = 97;
// La Poste's establishments (SIREN 356 000 000) are numbered past what Luhn allows: their
// SIRET's digits add up to a multiple of 5 instead.
const auto kLaPosteSiren = "356000000"_L1;

QString withoutSpaces(const QString &text)
{
    QString out = text;
    out.remove(u' ');
    out.remove(QChar(0x00A0)); // no-break space, as pasted from a web page
    return out;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool isValidSiret(const QString &siret)
{
    if (siret.size() != kSiretDigits || !allDigits(siret))
        return false;
    if (passesLuhn(siret))
        return true;
    if (siret.startsWith(kLaPosteSiren)) {
        int sum = 0;
        for (const QChar c : siret)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return false;
}

// ISO 13616: the first four characters moved to the end, letters as 10…35, mod 97 is 1.
bool passesIbanCheck(const QString &iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % kMod97;
        } else {
            const int value = c.toLatin1() - 'A' + 10;
            remainder = (remainder * 100 + value) % kMod97;
        }
    }
    return remainder == 1;
}

bool isAsciiAlnumUpper(const QString &text)
{
    for (const QChar c : text)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

QString logoSummary(const QByteArray &logo)
{
    if (logo.isEmpty())
        return {};
    return SellerRepository::tr("%n byte(s), SHA-256 %1", nullptr, int(logo.size()))
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(logo, QCryptographicHash::Sha256).toHex()));
}

SellerDetails normalized(const SellerDetails &seller)
{
    SellerDetails out = seller;
    out.companyName = seller.companyName.trimmed();
    out.addressLines.clear();
    for (const QString &line : seller.addressLines)
        if (!line.trimmed().isEmpty())
            out.addressLines << line.trimmed();
    out.siret = seller.siret.trimmed();
    out.vatNumber = seller.vatNumber.trimmed();
    out.iban = seller.iban.trimmed();
    out.termsUrl = seller.termsUrl.trimmed();
    return out;
}

} // namespace

Status SellerRepository::validate(const SellerDetails &seller)
{
    QStringList problems;
    if (seller.companyName.trimmed().isEmpty())
        problems << tr("Company name: required.");

    const QString siret = withoutSpaces(seller.siret);
    if (!siret.isEmpty()) {
        if (siret.size() != kSiretDigits || !allDigits(siret))
            problems << tr("SIRET: \"%1\" is not 14 digits.").arg(seller.siret.trimmed());
        else if (!isValidSiret(siret))
            problems
                << tr("SIRET: \"%1\" fails its check digit (a typo?).").arg(seller.siret.trimmed());
    }

    const QString vat = withoutSpaces(seller.vatNumber).toUpper();
    if (!vat.isEmpty()) {
        const QString body = vat.mid(2);
        const bool shaped = vat.size() >= 4 && vat.at(0).isLetter() && vat.at(1).isLetter() &&
                            body.size() >= 2 && body.size() <= 13 && isAsciiAlnumUpper(vat);
        if (!shaped) {
            problems << tr("VAT number: \"%1\" is not an EU VAT number (a country code and 2 to "
                           "13 letters or digits, e.g. FR40303265045).")
                            .arg(seller.vatNumber.trimmed());
        } else if (vat.startsWith("FR"_L1)) {
            const QString key = vat.mid(2, 2);
            const QString siren = vat.mid(4);
            if (siren.size() != kSirenDigits || !allDigits(siren)) {
                problems << tr("VAT number: a French VAT number is FR, 2 check characters and the "
                               "9-digit SIREN; \"%1\" is not.")
                                .arg(seller.vatNumber.trimmed());
            } else if (allDigits(key) &&
                       key.toInt() != (12 + 3 * (siren.toLongLong() % kMod97)) % kMod97) {
                problems << tr("VAT number: \"%1\" has the wrong check digits for SIREN %2.")
                                .arg(seller.vatNumber.trimmed(), siren);
            } else if (siret.size() == kSiretDigits && allDigits(siret) &&
                       !siret.startsWith(siren)) {
                problems << tr("VAT number: \"%1\" is not the VAT number of SIRET %2 (its SIREN "
                               "is %3).")
                                .arg(seller.vatNumber.trimmed(), seller.siret.trimmed(),
                                     siret.left(kSirenDigits));
            }
        }
    }

    const QString iban = withoutSpaces(seller.iban).toUpper();
    if (!iban.isEmpty()) {
        const bool shaped = iban.size() >= kIbanMinLength && iban.size() <= kIbanMaxLength &&
                            isAsciiAlnumUpper(iban) && iban.at(0).isLetter() &&
                            iban.at(1).isLetter() && iban.at(2).isDigit() && iban.at(3).isDigit();
        if (!shaped)
            problems << tr("IBAN: \"%1\" is not an IBAN (a country code, 2 check digits and up "
                           "to 30 letters or digits).")
                            .arg(seller.iban.trimmed());
        else if (!passesIbanCheck(iban))
            problems
                << tr("IBAN: \"%1\" fails its check digits (a typo?).").arg(seller.iban.trimmed());
    }

    const QString termsUrl = seller.termsUrl.trimmed();
    if (!termsUrl.isEmpty()) {
        const QUrl url(termsUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) ||
            url.host().isEmpty() || termsUrl.contains(u' '))
            problems << tr("Terms URL: \"%1\" is not a web address (http:// or https://).")
                            .arg(termsUrl);
    }

    if (seller.logo.size() > kMaxLogoBytes)
        problems << tr("Logo: %1 KB, more than the %2 KB allowed.")
                        .arg((seller.logo.size() + 1023) / 1024)
                        .arg(kMaxLogoBytes / 1024);

    if (!problems.isEmpty())
        return userError(problems.join(u'\n'));
    return {};
}

Result<SellerDetails> SellerRepository::load()
{
    QSqlQuery &q = m_db.prepared(u"SELECT company_name, address, siret, vat_number, iban, "
                                 "terms_url, logo FROM seller WHERE id = 1"_s);
    if (Status s = m_db.exec(q, tr("reading the seller's details")); !s)
        return s.error();
    SellerDetails seller;
    if (q.next()) {
        seller.companyName = q.value(0).toString();
        const QString address = q.value(1).toString();
        if (!address.isEmpty())
            seller.addressLines = address.split(u'\n');
        seller.siret = q.value(2).toString();
        seller.vatNumber = q.value(3).toString();
        seller.iban = q.value(4).toString();
        seller.termsUrl = q.value(5).toString();
        seller.logo = q.value(6).toByteArray();
    }
    q.finish();
    return seller;
}

Status SellerRepository::save(const SellerDetails &details)
{
    // Nothing at all removes the details (the undo of the first save); anything else is checked.
    const bool none = details == SellerDetails{};
    if (Status s = none ? Status() : validate(details); !s)
        return s;
    const SellerDetails seller = normalized(details);
    Database::Transaction tx(m_db);
    const Result<SellerDetails> before = load();
    if (!before)
        return before.error();
    if (*before == seller)
        return tx.commit();

    auto nullable = [](const QString &text) { return text.isEmpty() ? QVariant() : text; };
    QSqlQuery &q =
        none
            ? m_db.prepared(u"DELETE FROM seller WHERE id = 1"_s)
            : m_db.prepared(
                  u"INSERT INTO seller (id, company_name, address, siret, vat_number, iban, "
                  u"terms_url, "
                  "logo, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                  "SET "
                  "company_name = excluded.company_name, address = excluded.address, "
                  "siret = excluded.siret, vat_number = excluded.vat_number, iban = excluded.iban, "
                  "terms_url = excluded.terms_url, logo = excluded.logo, "
                  "updated_at = excluded.updated_at"_s);
    if (!none) {
        q.addBindValue(nullable(seller.companyName));
        q.addBindValue(nullable(seller.addressLines.join(u'\n')));
        q.addBindValue(nullable(seller.siret));
        q.addBindValue(nullable(seller.vatNumber));
        q.addBindValue(nullable(seller.iban));
        q.addBindValue(nullable(seller.termsUrl));
        q.addBindValue(seller.logo.isEmpty() ? QVariant() : QVariant(seller.logo));
        q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    }
    if (Status s = m_db.exec(q, tr("saving the seller's details")); !s)
        return s;

    const struct
    {
        const char16_t *field;
        QString oldValue;
        QString newValue;
    } fields[] = {
        {u"company_name", before->companyName, seller.companyName},
        {u"address", before->addressLines.join(u'\n'), seller.addressLines.join(u'\n')},
        {u"siret", before->siret, seller.siret},
        {u"vat_number", before->vatNumber, seller.vatNumber},
        {u"iban", before->iban, seller.iban},
        {u"terms_url", before->termsUrl, seller.termsUrl},
        {u"logo", logoSummary(before->logo), logoSummary(seller.logo)},
    };
    EventLog log(m_db);
    for (const auto &f : fields) {
        if (f.oldValue == f.newValue)
            continue;
        Event e;
        e.entity = u"seller"_s;
        e.entityId = 1;
        e.kind = Event::Kind::Edited;
        e.field = QString::fromUtf16(f.field);
        e.oldValue = f.oldValue;
        e.newValue = f.newValue;
        if (Result<qint64> r = log.append(e); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace dealboard
