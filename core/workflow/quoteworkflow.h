#pragma once

#include "model/quote.h"
#include "result.h"
#include "rules/stagegates.h"
#include "workflow/dealworkflow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dealboard {

class Database;

struct SendOutcome
{
    bool sent = false;
    bool moved = false;          // the deal moved to the proposal stage
    QList<CriterionState> unmet; // why the deal could not move (then nothing was written)
    // When it moved, what undoing the move needs (as DealWorkflow::move gives it): the deal as
    // it was, the request and the events logged.
    Deal dealBefore;
    MoveRequest move;
    QList<qint64> moveEventIds;
};

// What a quote's life does to its deal (PLAYBOOK.md "Stage gates", "Signature process"):
// sending moves the deal to Proposal through the gates, signing makes the Nego → Won gate's
// "signed-quote" criterion hold. The founder still moves the deal to Won himself.
class QuoteWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(QuoteWorkflow)

public:
    static constexpr const char *kProposalSent = "proposal-sent";

    explicit QuoteWorkflow(Database &db)
        : m_db(db)
    {}

    // In one transaction: marks the quote sent, moves a deal that is before the proposal
    // stage to it (DealWorkflow::move, so the gates decide, with `check` ticked as a move
    // would) and ticks "proposal-sent" when the playbook has that criterion. When the gates
    // refuse, nothing is written and sent = false with the unmet criteria. A closed deal (won,
    // lost) is refused, and so is `check` for a deal that does not move. `email` fills the
    // contact's missing email as a move does (MoveRequest::email).
    Result<SendOutcome> send(qint64 quoteId, const QStringList &check = {},
                             const QString &email = {});
    // Marks the quote signed; a date (signature.at) in the future or before the quote was
    // sent is refused. The deal's "signed-quote" criterion is computed from the
    // signed quotes of the deal, so it holds from now on; the deal does not move.
    Status sign(qint64 quoteId, const SignatureRecord &signature);

private:
    Database &m_db;
};

} // namespace dealboard
