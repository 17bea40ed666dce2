#pragma once

#include "model/winlossreview.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace dealboard {

class Database;

// The win/loss form of closed deals (table win_loss_reviews, one row per deal). Each save is
// logged on the deal as "edited win_loss_review" with the review before and after (JSON), so
// that an undo puts the previous one back.
class WinLossReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(WinLossReviewRepository)

public:
    static constexpr int kMaxText = 2000;
    static constexpr int kMaxCompetitor = 120;
    // The rule of the recontact follow-up a review makes (made once per deal).
    static QString recontactRule();

    explicit WinLossReviewRepository(Database &db)
        : m_db(db)
    {}

    // Trims the texts, checks their length and that the recontact date is not before the day
    // the deal closed.
    static Status normalize(WinLossReview &review, const QDate &closedOn);
    Result<std::optional<WinLossReview>> find(qint64 dealId);
    // Normalizes, stores (an empty review removes the row) and logs the change on the deal;
    // returns the event's id, 0 when nothing changed. Joins the caller's transaction.
    Result<qint64> save(WinLossReview review, const QDate &closedOn);
    // Undo: writes back a review as logged (empty JSON: no review). No event.
    Status restore(qint64 dealId, const QString &json);

    static QString toJson(const std::optional<WinLossReview> &review);
    static std::optional<WinLossReview> fromJson(qint64 dealId, const QString &json);

private:
    Status write(const std::optional<WinLossReview> &review, qint64 dealId);
    Database &m_db;
};

} // namespace dealboard
