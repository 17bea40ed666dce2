#pragma once

#include <QDateTime>
#include <QJsonObject>

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
    int total() const { return budget + authority + need + timeline + fit; }
};

} // namespace dealboard
