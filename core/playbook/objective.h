#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QString>

namespace dealboard {

class PlaybookParser;

// One quarter's sales objective (§4.1), as the playbook stores it and Settings edits it.
struct Objective
{
    QString quarter; // "2025-Q1"
    qint64 newMrrCents = 0;
    qint64 totalMrrCents = 0;
    int dealsMin = 0;
    int dealsMax = 0;
    qint64 averageDealCents = 0;
    int winRateBp = 0;
    LocalizedText focus;

    // Reads one entry of the "objectives" array; problems go to `p` with their path.
    static Objective parse(PlaybookParser &p, const QJsonObject &o, const QString &path);
    QJsonObject toJson() const;
};

} // namespace dealboard
