#include "cliformat.h"

#include "playbook/playbook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {
QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}
QString tr(const char *text)
{
    return QCoreApplication::translate("dealboard::cli", text);
}
} // namespace

QJsonObject toJson(const Company &c)
{
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"segment"_s, c.segment},
            {u"sector"_s, c.sector},
            {u"website"_s, c.website},
            {u"source"_s, c.source},
            {u"created_at"_s, time(c.createdAt)}};
}

QJsonObject toJson(const Contact &c)
{
    return {{u"id"_s, c.id},
            {u"company_id"_s, idOrNull(c.companyId)},
            {u"name"_s, c.name},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"role"_s, c.role},
            {u"decision_role"_s, c.decisionRole},
            {u"linkedin"_s, c.linkedin}};
}

QJsonObject toJson(const Deal &d)
{
    return {
        {u"id"_s, d.id},
        {u"title"_s, d.title},
        {u"company_id"_s, d.companyId},
        {u"company"_s, d.companyName},
        {u"contact_id"_s, idOrNull(d.contactId)},
        {u"contact"_s, d.contactName},
        {u"contact_email"_s, d.contactEmail.isEmpty() ? QJsonValue() : QJsonValue(d.contactEmail)},
        {u"company_segment"_s,
         d.companySegment.isEmpty() ? QJsonValue() : QJsonValue(d.companySegment)},
        {u"bant_total"_s, d.bantTotal ? QJsonValue(*d.bantTotal) : QJsonValue()},
        {u"mrr_cents"_s, d.mrr.cents()},
        {u"one_time_cents"_s, d.oneTime.cents()},
        {u"currency"_s, d.mrr.currency()},
        {u"stage"_s, d.stage},
        {u"position"_s, d.position},
        {u"expected_close"_s, date(d.expectedClose)},
        {u"source"_s, d.source},
        {u"owner"_s, d.owner},
        {u"next_step"_s, d.nextStep},
        {u"next_step_due"_s, date(d.nextStepDue)},
        {u"verbal_agreement"_s, d.verbalAgreement},
        {u"timeline_confirmed"_s, d.timelineConfirmed},
        {u"lost_reason"_s, d.lostReason.isEmpty() ? QJsonValue() : QJsonValue(d.lostReason)},
        {u"lost_competitor"_s,
         d.lostCompetitor.isEmpty() ? QJsonValue() : QJsonValue(d.lostCompetitor)},
        {u"stage_entered_at"_s, time(d.stageEnteredAt)},
        {u"created_at"_s, time(d.createdAt)},
        {u"updated_at"_s, time(d.updatedAt)}};
}

QJsonObject toJson(const Event &e)
{
    QJsonObject o{{u"id"_s, e.id},
                  {u"at"_s, time(e.at)},
                  {u"actor"_s, e.actor},
                  {u"kind"_s, Event::kindKey(e.kind)}};
    if (!e.field.isEmpty())
        o.insert(u"field"_s, e.field);
    if (!e.oldValue.isEmpty())
        o.insert(u"old"_s, e.oldValue);
    if (!e.newValue.isEmpty())
        o.insert(u"new"_s, e.newValue);
    if (!e.detail.isEmpty())
        o.insert(u"detail"_s, e.detail);
    return o;
}

QJsonObject toJson(const Qualification &q)
{
    return {{u"id"_s, q.id},
            {u"deal_id"_s, q.dealId},
            {u"at"_s, time(q.at)},
            {u"budget"_s, q.budget},
            {u"authority"_s, q.authority},
            {u"need"_s, q.need},
            {u"timeline"_s, q.timeline},
            {u"fit"_s, q.fit},
            {u"total"_s, q.total()}};
}

QString describe(const Event &e, const Playbook &pb)
{
    auto stageName = [&pb](const QString &key) {
        const Stage *s = pb.stage(key);
        return s ? s->name.text() : key;
    };
    switch (e.kind) {
    case Event::Kind::Created:
        return tr("created in %1").arg(stageName(e.newValue));
    case Event::Kind::Edited:
        return tr("%1: \"%2\" → \"%3\"").arg(e.field, e.oldValue, e.newValue);
    case Event::Kind::Moved:
        return tr("moved %1 → %2").arg(stageName(e.oldValue), stageName(e.newValue));
    case Event::Kind::Won: {
        // "reason" or "reason\nnote"; the reason may be empty.
        const QStringList parts = e.detail.split(u'\n');
        const LostReason *reason = pb.wonReason(parts.value(0));
        QString text = tr("won (from %1)").arg(stageName(e.oldValue));
        if (reason)
            text += u": "_s + reason->name.text();
        if (!parts.value(1).isEmpty())
            text += (reason ? u" · "_s : u": "_s) + parts.mid(1).join(u' ');
        return text;
    }
    case Event::Kind::Lost: {
        const QStringList parts = e.detail.split(u'\n');
        const LostReason *reason = pb.lostReason(parts.value(0));
        QString text =
            tr("lost at %1: %2")
                .arg(stageName(e.oldValue), reason ? reason->name.text() : parts.value(0));
        // "reason", "reason\ncompetitor" or "reason\ncompetitor\nnote" (competitor may be empty).
        if (!parts.value(1).isEmpty())
            text += u" ("_s + parts.at(1) + u')';
        if (!parts.value(2).isEmpty())
            text += u": "_s + parts.mid(2).join(u' ');
        return text;
    }
    case Event::Kind::Deleted:
        return tr("deleted");
    case Event::Kind::Restored:
        return tr("restored");
    case Event::Kind::Checked:
        return tr("checked \"%1\"").arg(e.field);
    case Event::Kind::Qualified:
        return tr("qualified: BANT+ %1/19").arg(e.newValue);
    case Event::Kind::Undone:
        return tr("undid event %1").arg(e.detail);
    }
    return {};
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            s += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        return s + u'\n';
    };
    QString out = header.isEmpty() ? QString() : line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace dealboard::cli
