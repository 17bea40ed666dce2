#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace dealboard {

// One BANT+ qualification of a deal (re-qualifying adds another; the latest counts).
struct Qualification
{
    qint64 id = 0;
    qint64 dealId = 0;
    QDateTime at;
    int budget = 1;      // 1–4
    int authority = 1;   // 1–4
    int need = 1;        // 1–4
    int timeline = 1;    // 1–4
    int fit = 0;         // 0–3
    QJsonObject answers; // the checklist's answers, by question key
    // Criteria left unanswered in a draft (their score is 0 and counts for nothing); the
    // Lead → Qualified gate needs a complete qualification.
    QStringList unanswered;
    bool isComplete() const { return unanswered.isEmpty(); }
    int total() const { return budget + authority + need + timeline + fit; }
};

} // namespace dealboard
