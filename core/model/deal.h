#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dealboard {

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 companyId = 0;
    qint64 contactId = 0; // primary contact, 0: none
    Money mrr;            // monthly recurring revenue
    Money oneTime;
    QString stage;    // a playbook stage key
    int position = 0; // order within its board column
    QDate expectedClose;
    QString source;
    QString owner;
    QString nextStep;
    QDate nextStepDue;
    bool verbalAgreement = false;
    bool timelineConfirmed = false;
    QString lostReason; // a playbook lost-reason key
    QString lostCompetitor;
    QDateTime stageEnteredAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hubspotId;
    QString pipedriveId;

    // Joined for display; not stored in the deals table.
    QString companyName;
    QString contactName;
    QString contactEmail;
    QString companySegment;
    std::optional<int> bantTotal; // the latest BANT+ qualification's total, if any
};

} // namespace dealboard
