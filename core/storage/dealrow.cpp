#include "dealrow.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

const QStringList &DealRow::columns()
{
    static const QStringList names{u"title"_s,
                                   u"company_id"_s,
                                   u"contact_id"_s,
                                   u"mrr_cents"_s,
                                   u"one_time_cents"_s,
                                   u"currency"_s,
                                   u"stage"_s,
                                   u"position"_s,
                                   u"expected_close"_s,
                                   u"source"_s,
                                   u"owner"_s,
                                   u"next_step"_s,
                                   u"next_step_due"_s,
                                   u"verbal_agreement"_s,
                                   u"timeline_confirmed"_s,
                                   u"lost_reason"_s,
                                   u"lost_competitor"_s,
                                   u"stage_entered_at"_s,
                                   u"created_at"_s,
                                   u"updated_at"_s,
                                   u"hubspot_id"_s,
                                   u"pipedrive_id"_s};
    return names;
}

void DealRow::bind(QSqlQuery &q, const Deal &d)
{
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.companyId);
    q.addBindValue(d.contactId > 0 ? QVariant(d.contactId) : QVariant());
    q.addBindValue(d.mrr.cents());
    q.addBindValue(d.oneTime.cents());
    q.addBindValue(d.mrr.currency());
    q.addBindValue(d.stage);
    q.addBindValue(d.position);
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(textOrNull(d.source));
    q.addBindValue(textOrNull(d.owner));
    q.addBindValue(textOrNull(d.nextStep));
    q.addBindValue(dateOrNull(d.nextStepDue));
    q.addBindValue(d.verbalAgreement);
    q.addBindValue(d.timelineConfirmed);
    q.addBindValue(textOrNull(d.lostReason));
    q.addBindValue(textOrNull(d.lostCompetitor));
    q.addBindValue(d.stageEnteredAt.toMSecsSinceEpoch());
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(d.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(textOrNull(d.hubspotId));
    q.addBindValue(textOrNull(d.pipedriveId));
}

const QString &DealRow::select()
{
    // The latest qualification is one index lookup per deal (qualifications_deal).
    static const QString sql =
        u"SELECT d.id, d.title, d.company_id, d.contact_id, d.mrr_cents, d.one_time_cents, "
        "d.currency, d.stage, d.position, d.expected_close, d.source, d.owner, d.next_step, "
        "d.next_step_due, d.verbal_agreement, d.timeline_confirmed, d.lost_reason, "
        "d.lost_competitor, d.stage_entered_at, d.created_at, d.updated_at, d.hubspot_id, "
        "d.pipedrive_id, c.name, ct.name, ct.email, c.segment, "
        "(SELECT q.total FROM qualifications q WHERE q.deal_id = d.id "
        "ORDER BY q.id DESC LIMIT 1) "
        "FROM deals d JOIN companies c ON c.id = d.company_id "
        "LEFT JOIN contacts ct ON ct.id = d.contact_id "_s;
    return sql;
}

Deal DealRow::read(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.companyId = q.value(2).toLongLong();
    d.contactId = q.value(3).toLongLong();
    const QString currency = q.value(6).toString();
    d.mrr = Money(q.value(4).toLongLong(), currency);
    d.oneTime = Money(q.value(5).toLongLong(), currency);
    d.stage = q.value(7).toString();
    d.position = q.value(8).toInt();
    d.expectedClose = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.source = q.value(10).toString();
    d.owner = q.value(11).toString();
    d.nextStep = q.value(12).toString();
    d.nextStepDue = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    d.verbalAgreement = q.value(14).toBool();
    d.timelineConfirmed = q.value(15).toBool();
    d.lostReason = q.value(16).toString();
    d.lostCompetitor = q.value(17).toString();
    d.stageEnteredAt = fromMs(q.value(18));
    d.createdAt = fromMs(q.value(19));
    d.updatedAt = fromMs(q.value(20));
    d.hubspotId = q.value(21).toString();
    d.pipedriveId = q.value(22).toString();
    d.companyName = q.value(23).toString();
    d.contactName = q.value(24).toString();
    d.contactEmail = q.value(25).toString();
    d.companySegment = q.value(26).toString();
    if (const QVariant total = q.value(27); !total.isNull())
        d.bantTotal = total.toInt();
    return d;
}

} // namespace dealboard
