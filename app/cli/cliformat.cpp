#include "cliformat.h"

#include "analytics/figuretext.h"
#include "clock.h"
#include "playbook/playbook.h"
#include "storage/kpientryrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

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
        if (e.field == "win_loss_review"_L1) // the review as JSON: too long for a line
            return e.newValue.isEmpty() ? tr("win/loss review removed")
                                        : tr("win/loss review saved");
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

QList<QCommandLineOption> periodOptions()
{
    return {{u"from"_s,
             tr("First day of the period (YYYY-MM-DD; default: the first day of the quarter of "
                "--to)."),
             u"date"_s},
            {u"to"_s, tr("Last day of the period (YYYY-MM-DD; default: today)."), u"date"_s},
            {u"as-of"_s,
             tr("Read the data as it stood at the end of this day (YYYY-MM-DD, UTC; "
                "default: today)."),
             u"date"_s}};
}

Result<PeriodOptions> parsePeriodOptions(const QCommandLineParser &parser)
{
    // Each date is checked on its own first, so the message names the option at fault.
    for (const QString &option : {u"from"_s, u"to"_s, u"as-of"_s}) {
        if (!parser.isSet(option))
            continue;
        const QString text = parser.value(option);
        if (!QDate::fromString(text, Qt::ISODate).isValid())
            return userError(
                tr("--%1: \"%2\" is not a date: write it as YYYY-MM-DD.").arg(option, text));
    }
    PeriodOptions o;
    const QDate today = Clock::current().now().date();
    const Result<Period> period =
        Period::parse(parser.value(u"from"_s), parser.value(u"to"_s), today);
    if (!period)
        return period.error();
    o.period = period.value();
    o.periodGiven = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    o.asOfGiven = parser.isSet(u"as-of"_s);
    o.asOf = o.asOfGiven ? QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate) : today;
    return o;
}

QJsonValue jsonDate(const QDate &day)
{
    return date(day);
}

QJsonValue jsonMonth(const QDate &month)
{
    return month.isValid() ? QJsonValue(month.toString(u"yyyy-MM"_s)) : QJsonValue();
}

QJsonValue jsonOptional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonCents(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->cents()) : QJsonValue();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue();
}

QJsonObject periodJson(const Period &period, const QDate &asOf)
{
    return {{u"from"_s, date(period.from)}, {u"to"_s, date(period.to)}, {u"as_of"_s, date(asOf)}};
}

QString noFigure()
{
    return FigureText::none();
}

QString moneyText(const Money &money)
{
    return money.format(QLocale(), Money::Cents::WhenNeeded);
}

QString moneyText(const std::optional<Money> &money)
{
    return money ? moneyText(*money) : noFigure();
}

QString percentText(const std::optional<int> &bp)
{
    return FigureText::percent(bp);
}

QString pointsText(int bp)
{
    return FigureText::points(bp);
}

QString gapText(const std::optional<int> &bp)
{
    if (!bp)
        return noFigure();
    // Below target is what the reader must not miss.
    return *bp < 0 ? QString(QChar(0x25BC)) + u' ' + pointsText(*bp) : pointsText(*bp);
}

QString timesText(const std::optional<int> &x100)
{
    return x100 ? FigureText::number(*x100 / 100.0) + QChar(0x00D7) : noFigure();
}

QString daysText(const std::optional<double> &days)
{
    return days ? tr("%1 d").arg(FigureText::number(*days)) : noFigure();
}

QString hoursText(const std::optional<double> &hours)
{
    return hours ? tr("%1 h").arg(FigureText::number(*hours)) : noFigure();
}

namespace {
QString kpiJsonKey(const QString &kpi)
{
    if (kpi == KpiEntry::cac())
        return kpi + u"_cents"_s;
    if (kpi == KpiEntry::churnFirstMonth() || kpi == KpiEntry::expansionMonth6())
        return kpi + u"_bp"_s;
    return kpi;
}
} // namespace

QJsonObject kpiMonthJson(const QDate &month, const QList<KpiEntry> &entries)
{
    QJsonObject o{{u"month"_s, jsonMonth(month)}};
    for (const QString &kpi : KpiEntry::keys())
        o.insert(kpiJsonKey(kpi), QJsonValue());
    for (const KpiEntry &e : entries)
        if (KpiEntry::monthKey(e.month) == KpiEntry::monthKey(month))
            o.insert(kpiJsonKey(e.kpi), e.value);
    return o;
}

QString kpiValueText(const QString &kpi, qint64 value)
{
    if (kpi == KpiEntry::cac())
        return moneyText(Money(value));
    if (kpi == KpiEntry::churnFirstMonth() || kpi == KpiEntry::expansionMonth6())
        return percentText(int(value));
    return QLocale().toString(value);
}

QString kpiMonthText(const QDate &month, const QList<KpiEntry> &entries)
{
    QStringList parts;
    for (const KpiEntry &e : entries)
        if (KpiEntry::monthKey(e.month) == KpiEntry::monthKey(month))
            parts << KpiEntryRepository::name(e.kpi) + u' ' + kpiValueText(e.kpi, e.value);
    return tr("%1: %2").arg(KpiEntry::monthKey(month),
                            parts.isEmpty() ? tr("no entries") : parts.join(u" · "_s));
}

QString periodHeading(const Period &period, const QDate &asOf)
{
    return tr("Period %1 → %2, as of %3")
        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
             asOf.toString(Qt::ISODate));
}

} // namespace dealboard::cli
