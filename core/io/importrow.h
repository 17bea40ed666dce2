#pragma once

#include "importreport.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

// One row of an import file as read: a field is set when the file gives a value for it, so
// that an update changes only what the file says and never blanks what it leaves out.
struct ImportDealValues
{
    enum class Status
    {
        Unknown,
        Won, // Pipedrive's status: whatever the stage column says
        Lost,
        Deleted, // not imported
    };

    std::optional<QString> title, stage, source, owner, nextStep, lostReason, lostCompetitor,
        wonReason, externalId, hubspotId, pipedriveId;
    std::optional<QString> rowId; // the row's id in the file (Dealboard's export)
    std::optional<Money> mrr, oneTime;
    std::optional<QDate> expectedClose, nextStepDue;
    std::optional<QDateTime> createdAt, updatedAt, closedAt, stageEnteredAt;
    std::optional<bool> verbalAgreement, timelineConfirmed;
    QString lostNote; // a lost reason the playbook does not know, kept in the Lost event
    Status status = Status::Unknown;
};

struct ImportCompanyValues
{
    std::optional<QString> name, website, externalId, segment, sector, source;
    std::optional<QString> rowId;
    std::optional<QDateTime> createdAt, updatedAt;
};

struct ImportContactValues
{
    std::optional<QString> name, email, externalId, phone, role, linkedin, decisionRole, source;
    std::optional<QString> firstName, lastName; // make the name when the file has none
    std::optional<QString> rowId;
    std::optional<QDateTime> createdAt, updatedAt;
};

// What tells a row's record apart from another that looks alike (same name, same title): its
// id in the file, empty when the file has none.
inline QString identityOf(const std::optional<QString> &rowId,
                          const std::optional<QString> &externalId)
{
    return rowId.value_or(externalId.value_or(QString()));
}

struct ImportRow
{
    qint64 line = 0;
    ImportDealValues deal;
    ImportCompanyValues company;
    ImportContactValues contact;
    QList<ImportProblem> problems;
};

} // namespace dealboard
