#pragma once

#include "model/product.h"
#include "money.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

// Where a quote is in its life. Only a draft can be edited; a signed quote is frozen for good
// (a change is a new revision, QuoteRepository::revise()).
enum class QuoteStatus
{
    Draft,
    Sent,
    Signed,
    Declined,
    Expired,
};

// The founder's recorded approval of a discount (§7.2: "> 20 %: validation email fondateur").
struct FounderValidation
{
    QString name;           // who validated
    QDate date;             // when
    QString emailReference; // the email that says so (subject, Message-ID …)

    bool isRecorded() const
    {
        return !name.trimmed().isEmpty() && date.isValid() && !emailReference.trimmed().isEmpty();
    }
    friend bool operator==(const FounderValidation &, const FounderValidation &) = default;
};

// One discount of a quote. Before saving, a draft lists the discounts the seller asks for
// (founder discounts; automatic ones may be listed to carry a justification or the exceptional
// mark, their rate is recomputed). Once saved, `Quote::discounts` holds every discount the
// policy applied, automatic ones included, as the quote shows them.
struct QuoteDiscount
{
    QString kind;           // a playbook discount key: "annual", "referral", "volume" …
    int bp = 0;             // basis points (1700 = 17 %); 0 in a request: the rule's maximum
    bool automatic = false; // applied by the policy itself (set by DiscountPolicy)
    int months = 0;         // applies to the first `months` months only; 0: the whole term
    QString justification;  // the written reason (required above the playbook's threshold)
    FounderValidation validation;
    bool exceptional = false; // allows a total above the playbook's cap, with a justification

    friend bool operator==(const QuoteDiscount &, const QuoteDiscount &) = default;
};

// How the buyer signed (§7.3).
enum class SignatureMethod
{
    Email,    // an email reply "OK"
    ESign,    // an e-signature service, with its envelope reference
    InPerson, // signed on paper, in person
};

struct SignatureRecord
{
    QString signer; // the buyer's name
    QDateTime at;   // UTC
    SignatureMethod method = SignatureMethod::Email;
    QString reference; // the email, the e-signature envelope id, or a note
    QByteArray image;  // optional handwritten signature, PNG bytes (signature pad or imported)
};

// One line of a quote. Quantities are integer thousandths (1000 = 1, 500 = 0.5 To, 2500 =
// 2.5 months) so half units are possible without floating point.
struct QuoteLine
{
    static constexpr qint64 kQuantityScale = 1000;

    qint64 productId = 0; // the catalogue product, 0 for a free line
    QString description;
    qint64 quantityMilli = kQuantityScale;
    Money unitPrice;
    Billing billing = Billing::Monthly;
    int vatBp = 2000;

    // unitPrice × quantity, rounded half away from zero to the cent once for the line.
    Result<Money> amount() const;
    bool isRecurring() const { return billing == Billing::Monthly; }
};

// A quote ("devis"): its number, the deal it prices, the contract type, its lines and
// discounts, and where it is in its life.
struct Quote
{
    Q_DECLARE_TR_FUNCTIONS(Quote)

public:
    static constexpr int kDefaultValidityDays = 30;

    qint64 id = 0;
    QString number;        // "DEV-2026-0007", allocated by QuoteRepository::create(), without gaps
    int revision = 1;      // 2, 3 … after QuoteRepository::revise(); shown as "-R2"
    qint64 previousId = 0; // the quote this revision replaces, 0 for the first
    qint64 dealId = 0;
    QString contract;   // a playbook contract key ("annual-standard" …)
    int termMonths = 0; // the commitment in months; 0: the contract's minimum term
    QuoteStatus status = QuoteStatus::Draft;
    QString language = QStringLiteral("fr"); // the buyer's language: "fr" or "en"
    QString currency = Money::defaultCurrency();
    bool referral = false; // the buyer came through a referral (automatic discount)
    QDateTime createdAt;   // UTC, set by the repository
    QDateTime updatedAt;
    QDateTime sentAt;
    int validityDays = kDefaultValidityDays;
    QDate validUntil; // set when sent: sent date + validityDays (a draft: created + validity)
    QList<QuoteLine> lines;
    QList<QuoteDiscount> discounts;
    std::optional<SignatureRecord> signature; // set when signed

    // "DEV-2026-0007", or "DEV-2026-0007-R2" from the second revision on.
    QString displayNumber() const;
    bool isEditable() const { return status == QuoteStatus::Draft; }
    // The term the quote commits to: termMonths, or the contract's minimum when 0.
    int effectiveTermMonths(int contractMinimum) const
    {
        return termMonths > 0 ? termMonths : contractMinimum;
    }
    // Distinct catalogue products on the lines (free lines do not count).
    int distinctProducts() const;
    // Sum of the recurring lines before any discount.
    Result<Money> monthlyBeforeDiscount() const;

    static QString formatNumber(int year, int sequence); // "DEV-2026-0007"
    static QString statusKey(QuoteStatus status);        // "draft", "sent" …
    static std::optional<QuoteStatus> statusFromKey(const QString &key);
    static QString statusName(QuoteStatus status);    // translated, for display
    static QString methodKey(SignatureMethod method); // "email", "esign", "in-person"
    static std::optional<SignatureMethod> methodFromKey(const QString &key);
    static QString methodName(SignatureMethod method); // translated
};

} // namespace dealboard
