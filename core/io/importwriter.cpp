#include "importwriter.h"

#include "clock.h"
#include "storage/boardpositions.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/fieldchanges.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Event::Kind stageEventKind(const Playbook &pb, const QString &stage)
{
    if (stage == pb.wonStage())
        return Event::Kind::Won;
    if (stage == pb.lostStage())
        return Event::Kind::Lost;
    return Event::Kind::Moved;
}

} // namespace

ImportWriter::ImportWriter(Database &db, qint64 batchId)
    : m_db(db)
    , m_batches(db)
    , m_batchId(batchId)
{}

Status ImportWriter::logCreated(const QString &entity, qint64 id, const QDateTime &at,
                                const QString &value)
{
    const Event e{0, at, {}, entity, id, Event::Kind::Created, {}, {}, value, {}};
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return {};
}

Status ImportWriter::createCompany(Company &c)
{
    const Result<qint64> id = CompanyRepository(m_db).insertRow(c);
    if (!id)
        return id.error();
    c.id = *id;
    return logCreated(u"company"_s, c.id, c.createdAt, c.name);
}

FieldChanges ImportWriter::changes(const Company &before, const Company &after)
{
    FieldChanges c;
    c.compare(u"name"_s, before.name, after.name.trimmed());
    c.compare(u"segment"_s, before.segment, after.segment);
    c.compare(u"sector"_s, before.sector, after.sector);
    c.compare(u"website"_s, before.website, after.website);
    c.compare(u"source"_s, before.source, after.source);
    c.compare(u"external_id"_s, before.externalId, after.externalId);
    return c;
}

FieldChanges ImportWriter::changes(const Contact &before, const Contact &after)
{
    FieldChanges c;
    c.compare(u"company_id"_s, before.companyId, after.companyId);
    c.compare(u"name"_s, before.name, after.name.trimmed());
    c.compare(u"email"_s, before.email, after.email);
    c.compare(u"phone"_s, before.phone, after.phone);
    c.compare(u"role"_s, before.role, after.role);
    c.compare(u"decision_role"_s, before.decisionRole, after.decisionRole);
    c.compare(u"linkedin"_s, before.linkedin, after.linkedin);
    c.compare(u"external_id"_s, before.externalId, after.externalId);
    return c;
}

FieldChanges ImportWriter::changes(const Deal &before, const Deal &after)
{
    FieldChanges c;
    c.compare(u"title"_s, before.title, after.title.trimmed());
    c.compare(u"company_id"_s, before.companyId, after.companyId);
    c.compare(u"contact_id"_s, before.contactId, after.contactId);
    c.compare(u"mrr_cents"_s, before.mrr.cents(), after.mrr.cents());
    c.compare(u"one_time_cents"_s, before.oneTime.cents(), after.oneTime.cents());
    c.compare(u"expected_close"_s, before.expectedClose, after.expectedClose);
    c.compare(u"source"_s, before.source, after.source);
    c.compare(u"owner"_s, before.owner, after.owner);
    c.compare(u"next_step"_s, before.nextStep, after.nextStep);
    c.compare(u"next_step_due"_s, before.nextStepDue, after.nextStepDue);
    c.compare(u"verbal_agreement"_s, before.verbalAgreement, after.verbalAgreement);
    c.compare(u"timeline_confirmed"_s, before.timelineConfirmed, after.timelineConfirmed);
    c.compare(u"lost_reason"_s, before.lostReason, after.lostReason);
    c.compare(u"lost_competitor"_s, before.lostCompetitor, after.lostCompetitor);
    c.compare(u"hubspot_id"_s, before.hubspotId, after.hubspotId);
    c.compare(u"pipedrive_id"_s, before.pipedriveId, after.pipedriveId);
    return c;
}

Status ImportWriter::updateCompany(const Company &before, const Company &after,
                                   const FieldChanges &changes)
{
    return update(u"company"_s, before.id, changes, [this, &before, &after] {
        QSqlQuery &q = m_db.prepared(u"UPDATE companies SET name = ?, segment = ?, sector = ?, "
                                     "website = ?, source = ?, external_id = ?, updated_at = ? "
                                     "WHERE id = ?"_s);
        q.addBindValue(after.name.trimmed());
        q.addBindValue(textOrNull(after.segment));
        q.addBindValue(textOrNull(after.sector));
        q.addBindValue(textOrNull(after.website));
        q.addBindValue(textOrNull(after.source));
        q.addBindValue(textOrNull(after.externalId));
        q.addBindValue(after.updatedAt.toMSecsSinceEpoch());
        q.addBindValue(before.id);
        return m_db.exec(q, tr("updating the company"));
    });
}

Status ImportWriter::createContact(Contact &c)
{
    const Result<qint64> id = ContactRepository(m_db).insertRow(c);
    if (!id)
        return id.error();
    c.id = *id;
    return logCreated(u"contact"_s, c.id, c.createdAt, c.name);
}

Status ImportWriter::updateContact(const Contact &before, const Contact &after,
                                   const FieldChanges &changes)
{
    return update(u"contact"_s, before.id, changes, [this, &before, &after] {
        QSqlQuery &q = m_db.prepared(
            u"UPDATE contacts SET company_id = ?, name = ?, email = ?, phone = ?, role = ?, "
            "decision_role = ?, linkedin = ?, external_id = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(after.companyId > 0 ? QVariant(after.companyId) : QVariant());
        q.addBindValue(after.name.trimmed());
        q.addBindValue(textOrNull(after.email));
        q.addBindValue(textOrNull(after.phone));
        q.addBindValue(textOrNull(after.role));
        q.addBindValue(textOrNull(after.decisionRole));
        q.addBindValue(textOrNull(after.linkedin));
        q.addBindValue(textOrNull(after.externalId));
        q.addBindValue(after.updatedAt.toMSecsSinceEpoch());
        q.addBindValue(before.id);
        return m_db.exec(q, tr("updating the contact"));
    });
}

Status ImportWriter::update(const QString &entity, qint64 id, const FieldChanges &changes,
                            const std::function<Status()> &write)
{
    const Result<QString> snapshot = m_batches.snapshot(entity, id);
    if (!snapshot)
        return snapshot.error();
    if (Status s = write(); !s)
        return s;
    EventLog log(m_db);
    if (Status s = changes.record(log, entity, id); !s)
        return s;
    return m_batches.recordUpdate(m_batchId, entity, id, *snapshot);
}

Result<int> ImportWriter::nextPosition(const QString &stage)
{
    auto it = m_positions.find(stage);
    if (it == m_positions.end()) {
        const Result<int> last = BoardPositions(m_db).last(stage);
        if (!last)
            return last.error();
        it = m_positions.insert(stage, *last);
    }
    const int position = *it;
    *it += BoardPositions::kStep;
    return position;
}

Status ImportWriter::logStage(const Deal &d, const QString &from, const QDateTime &at,
                              const DealHistory &h)
{
    const Playbook &pb = m_db.playbook();
    Event e{0, at, {}, u"deal"_s, d.id, stageEventKind(pb, d.stage), {}, from, d.stage, {}};
    if (e.kind == Event::Kind::Lost) {
        e.detail = d.lostReason + u'\n' + d.lostCompetitor;
        if (!h.lostNote.isEmpty())
            e.detail += u'\n' + h.lostNote;
    } else if (e.kind == Event::Kind::Won) {
        e.detail = h.wonReason;
    }
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return {};
}

Status ImportWriter::createDeal(Deal &d, const DealHistory &h)
{
    const Playbook &pb = m_db.playbook();
    const Result<int> position = nextPosition(d.stage);
    if (!position)
        return position.error();
    d.position = *position;
    const Result<qint64> id = DealRepository(m_db).insertRow(d);
    if (!id)
        return id.error();
    d.id = *id;
    const Stage *stage = pb.stage(d.stage);
    const bool closed =
        stage && (stage->kind == Stage::Kind::Won || stage->kind == Stage::Kind::Lost);
    const QString first = pb.stages().isEmpty() ? d.stage : pb.stages().first().key;
    if (Status s = logCreated(u"deal"_s, d.id, d.createdAt, closed ? first : d.stage); !s)
        return s;
    if (closed)
        return logStage(d, first, h.closedAt.isValid() ? h.closedAt : d.stageEnteredAt, h);
    return {};
}

Status ImportWriter::updateDeal(const Deal &before, Deal &after, const FieldChanges &changes,
                                const DealHistory &history)
{
    const bool moved = after.stage != before.stage;
    if (moved) {
        const Result<int> position = nextPosition(after.stage);
        if (!position)
            return position.error();
        after.position = *position;
    }
    if (Status s = update(u"deal"_s, before.id, changes,
                          [this, &after] { return DealRepository(m_db).restoreRow(after); });
        !s)
        return s;
    return moved ? logStage(after, before.stage, after.stageEnteredAt, history) : Status();
}

} // namespace dealboard
