#include "quote.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<Money> QuoteLine::amount() const
{
    return unitPrice.scaled(quantityMilli, kQuantityScale);
}

QString Quote::displayNumber() const
{
    return revision > 1 ? u"%1-R%2"_s.arg(number).arg(revision) : number;
}

int Quote::distinctProducts() const
{
    QSet<qint64> ids;
    for (const QuoteLine &line : lines)
        if (line.productId > 0)
            ids.insert(line.productId);
    return static_cast<int>(ids.size());
}

Result<Money> Quote::monthlyBeforeDiscount() const
{
    Money sum(0, currency);
    for (const QuoteLine &line : lines) {
        if (!line.isRecurring())
            continue;
        const Result<Money> amount = line.amount();
        if (!amount)
            return amount.error();
        const Result<Money> next = sum.plus(*amount);
        if (!next)
            return next.error();
        sum = *next;
    }
    return sum;
}

QString Quote::formatNumber(int year, int sequence)
{
    return u"DEV-%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(sequence, 4, 10, QChar(u'0'));
}

QString Quote::statusKey(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return u"draft"_s;
    case QuoteStatus::Sent:
        return u"sent"_s;
    case QuoteStatus::Signed:
        return u"signed"_s;
    case QuoteStatus::Declined:
        return u"declined"_s;
    case QuoteStatus::Expired:
        return u"expired"_s;
    }
    return {};
}

std::optional<QuoteStatus> Quote::statusFromKey(const QString &key)
{
    for (QuoteStatus s : {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Signed,
                          QuoteStatus::Declined, QuoteStatus::Expired})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString Quote::statusName(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return tr("Draft");
    case QuoteStatus::Sent:
        return tr("Sent");
    case QuoteStatus::Signed:
        return tr("Signed");
    case QuoteStatus::Declined:
        return tr("Declined");
    case QuoteStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString Quote::methodKey(SignatureMethod method)
{
    switch (method) {
    case SignatureMethod::Email:
        return u"email"_s;
    case SignatureMethod::ESign:
        return u"esign"_s;
    case SignatureMethod::InPerson:
        return u"in-person"_s;
    }
    return {};
}

std::optional<SignatureMethod> Quote::methodFromKey(const QString &key)
{
    for (SignatureMethod m :
         {SignatureMethod::Email, SignatureMethod::ESign, SignatureMethod::InPerson})
        if (methodKey(m) == key)
            return m;
    return std::nullopt;
}

QString Quote::methodName(SignatureMethod method)
{
    switch (method) {
    case SignatureMethod::Email:
        return tr("Email reply");
    case SignatureMethod::ESign:
        return tr("E-signature");
    case SignatureMethod::InPerson:
        return tr("In person");
    }
    return {};
}

} // namespace dealboard
