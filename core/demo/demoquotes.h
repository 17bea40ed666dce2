#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dealboard {

class Database;

// Sample quotes on top of the sample deals, so the Quotes section and its PDFs show something:
// the newest deals past the demo get one — a draft in Demo, sent in Proposal and Nego, signed
// (by email) in Won and Customer — with lines from the catalogue and the usual contracts, each
// through QuoteRepository (numbers, discounts and history as in real use). Also the seller's
// details of the playbook's company when none are stored yet.
class DemoQuotes
{
    Q_DECLARE_TR_FUNCTIONS(DemoQuotes)

public:
    DemoQuotes(Database &db, const QDateTime &now)
        : m_db(db)
        , m_now(now)
    {}

    // Returns how many quotes were made (at most `max`).
    Result<int> add(int max = 40);

private:
    Status addSeller();

    Database &m_db;
    QDateTime m_now;
};

} // namespace dealboard
