#include "dealactions.h"

#include "clock.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "gatedialog.h"
#include "messagebox.h"
#include "movedealscommand.h"
#include "qualificationdialog.h"
#include "reorderdealcommand.h"
#include "rules/followupplan.h"
#include "savedealcommand.h"
#include "savequalificationcommand.h"
#include "savereviewcommand.h"
#include "storage/database.h"
#include "storage/winlossreviewrepository.h"
#include "winlossdialog.h"
#include "workflow/dealworkflow.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

DealActions::DealActions(QUndoStack *undoStack, DealStore *store, QWidget *dialogParent,
                         QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_store(store)
    , m_dialogParent(dialogParent)
{}

QString DealActions::describe(const QList<qint64> &ids) const
{
    if (ids.size() == 1)
        if (const Deal *d = m_store->deal(ids.first()))
            return tr("“%1” (%2)").arg(d->title, d->companyName);
    return tr("%Ln deal(s)", nullptr, static_cast<int>(ids.size()));
}

int DealActions::moveDeals(const QList<qint64> &ids, const QString &stage, qint64 beforeId)
{
    if (!m_db || ids.isEmpty())
        return 0;
    const Playbook &pb = m_store->playbook();
    if (stage == pb.lostStage())
        return markLost(ids);
    const Stage *target = pb.stage(stage);
    if (!target)
        return 0;
    DealWorkflow workflow(*m_db);
    QList<MoveDealsCommand::Move> done;
    for (const qint64 id : ids) {
        const Deal *deal = m_store->deal(id);
        if (!deal || deal->stage == stage)
            continue;
        MoveRequest request;
        request.dealId = id;
        request.toStage = stage;
        request.beforeDealId = beforeId;
        const Result<QList<CriterionState>> gates = workflow.gates(id, stage);
        if (!gates) {
            MessageBox::critical(m_dialogParent, tr("Cannot move the deal"), gates.errorMessage());
            continue;
        }
        // The gates only when one is unmet; Won then asks for the win/loss review.
        if (!StageGates::allMet(gates.value())) {
            const std::optional<GateDialog::Answer> answer =
                GateDialog::ask(pb, describe({id}), gates.value(), m_dialogParent);
            if (!answer)
                continue; // the card stays in its column
            request.check = answer->check;
            request.email = answer->email;
        }
        if (stage == pb.wonStage()) {
            const std::optional<WinLossDialog::Answer> review =
                WinLossDialog::ask(pb, describe({id}), true, WinLossDialog::Mode::Close, {},
                                   Clock::current().now().toLocalTime().date(), m_dialogParent);
            if (!review)
                continue;
            request.wonReason = review->reason;
            request.review = review->review;
        }
        const Deal before = *deal;
        const Result<MoveOutcome> outcome = workflow.move(request);
        if (!outcome) {
            MessageBox::critical(m_dialogParent, tr("Cannot move the deal"),
                                 outcome.errorMessage());
            continue;
        }
        if (!outcome->moved)
            continue;
        done.append({before, request, outcome->eventIds});
        (void)m_store->refresh(*m_db, id);
        Q_EMIT dealMoved(id);
    }
    if (!done.isEmpty())
        m_undoStack->push(new MoveDealsCommand(
            *m_db, *m_store, done, tr("Move %1 to %2").arg(describe(ids), target->name.text())));
    return static_cast<int>(done.size());
}

int DealActions::markLost(const QList<qint64> &ids)
{
    if (!m_db || ids.isEmpty())
        return 0;
    const Playbook &pb = m_store->playbook();
    const std::optional<WinLossDialog::Answer> answer =
        WinLossDialog::ask(pb, describe(ids), false, WinLossDialog::Mode::Close, {},
                           Clock::current().now().toLocalTime().date(), m_dialogParent);
    if (!answer)
        return 0; // nothing moves without a reason
    DealWorkflow workflow(*m_db);
    QList<MoveDealsCommand::Move> done;
    for (const qint64 id : ids) {
        const Deal *deal = m_store->deal(id);
        if (!deal || deal->stage == pb.lostStage())
            continue;
        MoveRequest request;
        request.dealId = id;
        request.toStage = pb.lostStage();
        request.lostReason = answer->reason;
        request.competitor = answer->competitor;
        request.review = answer->review;
        const Deal before = *deal;
        const Result<MoveOutcome> outcome = workflow.move(request);
        if (!outcome || !outcome->moved) {
            MessageBox::critical(m_dialogParent, tr("Cannot mark the deal lost"),
                                 outcome ? tr("The move was refused.") : outcome.errorMessage());
            continue;
        }
        done.append({before, request, outcome->eventIds});
        (void)m_store->refresh(*m_db, id);
    }
    if (!done.isEmpty())
        m_undoStack->push(
            new MoveDealsCommand(*m_db, *m_store, done, tr("Mark %1 as lost").arg(describe(ids))));
    return static_cast<int>(done.size());
}

bool DealActions::editReview(qint64 id)
{
    const Deal *deal = m_store->deal(id);
    if (!m_db || !deal)
        return false;
    const Playbook &pb = m_store->playbook();
    const Stage *stage = pb.stage(deal->stage);
    if (!stage || stage->isOpen())
        return false;
    const Result<std::optional<WinLossReview>> existing = WinLossReviewRepository(*m_db).find(id);
    if (!existing) {
        MessageBox::critical(m_dialogParent, tr("Cannot read the win/loss review"),
                             existing.errorMessage());
        return false;
    }
    const QDate closedOn = deal->stageEnteredAt.isValid()
                               ? deal->stageEnteredAt.toLocalTime().date()
                               : Clock::current().now().toLocalTime().date();
    const std::optional<WinLossDialog::Answer> answer =
        WinLossDialog::ask(pb, describe({id}), stage->kind != Stage::Kind::Lost,
                           WinLossDialog::Mode::Edit, existing.value(), closedOn, m_dialogParent);
    if (!answer)
        return false;
    WinLossReview review = answer->review;
    review.dealId = id;
    auto *command = new SaveReviewCommand(*m_db, *m_store, review,
                                          tr("Win/loss review of %1").arg(describe({id})));
    m_undoStack->push(command); // redo() saves; a failed save is dropped from the stack
    return m_undoStack->command(m_undoStack->count() - 1) == command;
}

bool DealActions::reorder(qint64 id, qint64 beforeId)
{
    if (!m_db || id == beforeId)
        return false;
    const Deal *deal = m_store->deal(id);
    if (!deal)
        return false;
    const Deal before = *deal;
    const Result<QList<qint64>> events = DealWorkflow(*m_db).reorder(id, beforeId);
    if (!events) {
        MessageBox::critical(m_dialogParent, tr("Cannot reorder"), events.errorMessage());
        return false;
    }
    (void)m_store->refresh(*m_db, id);
    m_undoStack->push(new ReorderDealCommand(*m_db, *m_store, before, beforeId, events.value()));
    Q_EMIT dealMoved(id);
    return true;
}

} // namespace dealboard

namespace dealboard {

qint64 DealActions::editDeal(qint64 id)
{
    const Deal *deal = m_store->deal(id);
    if (!m_db || !deal)
        return 0;
    const Deal before = *deal;
    // A closed deal's editor offers its win/loss review, an undoable step of its own.
    const std::optional<DealDraft> draft = DealEditorDialog::edit(
        *m_db, &before, m_dialogParent, [this, id](DealEditorDialog &dialog) {
            connect(&dialog, &DealEditorDialog::reviewRequested, this,
                    [this, id] { (void)editReview(id); });
        });
    if (!draft)
        return 0;
    auto *command = new SaveDealCommand(*m_db, *m_store, *draft, before);
    m_undoStack->push(command); // redo() saves; a failed save is dropped from the stack
    return id;
}

qint64 DealActions::newDeal()
{
    if (!m_db)
        return 0;
    const std::optional<DealDraft> draft = DealEditorDialog::edit(*m_db, nullptr, m_dialogParent);
    if (!draft)
        return 0;
    auto *command = new SaveDealCommand(*m_db, *m_store, *draft, std::nullopt);
    const qint64 before = m_undoStack->count();
    m_undoStack->push(command);
    if (m_undoStack->count() == before)
        return 0; // the save failed and the command was dropped
    return command->dealId();
}

} // namespace dealboard

namespace dealboard {

bool DealActions::qualify(qint64 id)
{
    const Deal *deal = m_store->deal(id);
    if (!m_db || !deal)
        return false;
    const Deal before = *deal;
    const std::optional<QualificationDraft> draft =
        QualificationDialog::ask(*m_db, before, m_dialogParent);
    if (!draft)
        return false;
    const Playbook &pb = m_store->playbook();
    QList<Activity> followUps = draft->followUps;
    const bool markLost = draft->markLostNoFit && before.stage != pb.lostStage();
    if (markLost) // the decision is taken now: no task to disqualify later
        followUps.removeIf([](const Activity &a) { return a.kind == Activity::Kind::Task; });
    m_undoStack->beginMacro(tr("Qualify %1").arg(describe({id})));
    auto *save = new SaveQualificationCommand(
        *m_db, *m_store, before, draft->qualification, followUps,
        draft->contactUpdates.id > 0 ? std::optional<Contact>(draft->contactUpdates)
                                     : std::nullopt);
    m_undoStack->push(save);
    if (markLost && !save->failed()) {
        MoveRequest request;
        request.dealId = id;
        request.toStage = pb.lostStage();
        request.lostReason = FollowUpPlan::disqualifyReason();
        request.note = tr("Disqualified after BANT+ qualification");
        const Deal qualified = m_store->deal(id) ? *m_store->deal(id) : before;
        const Result<MoveOutcome> outcome = DealWorkflow(*m_db).move(request);
        if (outcome && outcome->moved) {
            (void)m_store->refresh(*m_db, id);
            m_undoStack->push(new MoveDealsCommand(*m_db, *m_store,
                                                   {{qualified, request, outcome->eventIds}},
                                                   tr("Mark %1 as lost").arg(describe({id}))));
        } else {
            MessageBox::critical(m_dialogParent, tr("Cannot mark the deal lost"),
                                 outcome ? tr("The move was refused.") : outcome.errorMessage());
        }
    }
    m_undoStack->endMacro();
    return !save->failed();
}

} // namespace dealboard

namespace dealboard {

qint64 DealActions::dealToQualify(qint64 contactId) const
{
    const Playbook &pb = m_store->playbook();
    const Deal *best = nullptr;
    for (const Deal &d : m_store->deals()) {
        const Stage *stage = pb.stage(d.stage);
        if (d.contactId != contactId || !stage || !stage->isOpen())
            continue;
        const int rank = pb.stageIndex(d.stage);
        if (!best || rank < pb.stageIndex(best->stage) ||
            (rank == pb.stageIndex(best->stage) && d.createdAt > best->createdAt))
            best = &d;
    }
    return best ? best->id : 0;
}

} // namespace dealboard
