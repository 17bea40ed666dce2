#pragma once

#include "playbook/playbook.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace dealboard {

// What the data says about a deal, for the gates to read.
struct GateEvidence
{
    std::optional<int> bantTotal; // the latest BANT+ qualification, if any
    QString contactEmail;         // the primary contact's email
    qint64 mrrCents = 0;
    bool signedQuote = false; // a signed quote of the deal exists (table quotes)
    QSet<QString> checked;    // criteria the user ticked for this deal
    int bantUnanswered = 0;   // criteria the latest qualification left unanswered (a draft)
};

// One criterion of one gate on the way, met or not, and why.
struct CriterionState
{
    QString from;
    QString to;
    GateCriterion criterion;
    bool met = false;
    bool tickable = true; // false when only the data can prove it
    QString explanation;  // for computed criteria: what the data says
};

// The playbook's stage gates (PLAYBOOK.md "Stage gates"): a forward move needs every
// criterion of every gate on the way; backwards, to Lost, Won → Customer and reopening need none.
class StageGates
{
    Q_DECLARE_TR_FUNCTIONS(StageGates)

public:
    static bool isForward(const Playbook &playbook, const QString &from, const QString &to);
    static QList<CriterionState> evaluate(const Playbook &playbook, const QString &from,
                                          const QString &to, const GateEvidence &evidence);
    static bool allMet(const QList<CriterionState> &states);
    static QStringList unmetKeys(const QList<CriterionState> &states);
};

} // namespace dealboard
