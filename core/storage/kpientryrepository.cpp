#include "kpientryrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kMaxShareBp = 10000;
constexpr qint64 kNpsBound = 100;

QString fieldKey(const QString &monthKey, const QString &kpi)
{
    return monthKey + u'/' + kpi;
}

} // namespace

Status KpiEntryRepository::validate(const QString &kpi, qint64 value)
{
    if (kpi == KpiEntry::nps()) {
        if (value < -kNpsBound || value > kNpsBound)
            return userError(tr("An NPS is between -100 and 100, not %1.").arg(value));
    } else if (kpi == KpiEntry::churnFirstMonth() || kpi == KpiEntry::expansionMonth6()) {
        if (value < 0 || value > kMaxShareBp)
            return userError(tr("%1 must be between 0 % and 100 %.").arg(name(kpi)));
    } else if (kpi == KpiEntry::cac()) {
        if (value < 0)
            return userError(tr("The CAC cannot be negative."));
    } else {
        return userError(
            tr("Unknown KPI \"%1\"; use one of: %2.").arg(kpi, KpiEntry::keys().join(u", "_s)));
    }
    return {};
}

QString KpiEntryRepository::name(const QString &kpi)
{
    if (kpi == KpiEntry::nps())
        return tr("NPS");
    if (kpi == KpiEntry::churnFirstMonth())
        return tr("Churn in the first month");
    if (kpi == KpiEntry::expansionMonth6())
        return tr("Expansion at month 6");
    if (kpi == KpiEntry::cac())
        return tr("CAC");
    return kpi;
}

Result<QDate> KpiEntryRepository::parseMonth(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}$"_s);
    const QDate month = re.match(text).hasMatch() ? KpiEntry::monthFromKey(text) : QDate();
    if (!month.isValid())
        return userError(tr("\"%1\" is not a month: write it as YYYY-MM.").arg(text));
    return month;
}

Result<std::optional<qint64>> KpiEntryRepository::stored(const QString &monthKey,
                                                         const QString &kpi)
{
    QSqlQuery &q = m_db.prepared(u"SELECT value FROM kpi_entries WHERE month = ? AND kpi = ?"_s);
    q.addBindValue(monthKey);
    q.addBindValue(kpi);
    if (Status s = m_db.exec(q, tr("reading the KPI entries")); !s)
        return s.error();
    std::optional<qint64> value;
    if (q.next())
        value = q.value(0).toLongLong();
    q.finish();
    return value;
}

Status KpiEntryRepository::log(const QString &monthKey, const QString &kpi,
                               const std::optional<qint64> &before,
                               const std::optional<qint64> &after)
{
    Event e;
    e.entity = u"kpi"_s;
    e.kind = Event::Kind::Edited;
    e.field = fieldKey(monthKey, kpi);
    if (before)
        e.oldValue = QString::number(*before);
    if (after)
        e.newValue = QString::number(*after);
    if (Result<qint64> r = EventLog(m_db).append(e); !r)
        return r.error();
    return {};
}

Status KpiEntryRepository::set(const QDate &month, const QString &kpi, qint64 value)
{
    if (!month.isValid())
        return userError(tr("The month is not valid."));
    if (Status s = validate(kpi, value); !s)
        return s;
    const QString key = KpiEntry::monthKey(month);
    Database::Transaction tx(m_db);
    const Result<std::optional<qint64>> before = stored(key, kpi);
    if (!before)
        return before.error();
    if (*before == value)
        return tx.commit();
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO kpi_entries (month, kpi, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (month, kpi) DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at"_s);
    q.addBindValue(key);
    q.addBindValue(kpi);
    q.addBindValue(value);
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("saving the KPI entry")); !s)
        return s;
    if (Status s = log(key, kpi, *before, value); !s)
        return s;
    return tx.commit();
}

Status KpiEntryRepository::remove(const QDate &month, const QString &kpi)
{
    if (!month.isValid())
        return userError(tr("The month is not valid."));
    const QString key = KpiEntry::monthKey(month);
    Database::Transaction tx(m_db);
    const Result<std::optional<qint64>> before = stored(key, kpi);
    if (!before)
        return before.error();
    if (!*before)
        return userError(tr("There is no %1 entry for %2.").arg(name(kpi), key));
    QSqlQuery &q = m_db.prepared(u"DELETE FROM kpi_entries WHERE month = ? AND kpi = ?"_s);
    q.addBindValue(key);
    q.addBindValue(kpi);
    if (Status s = m_db.exec(q, tr("removing the KPI entry")); !s)
        return s;
    if (Status s = log(key, kpi, *before, std::nullopt); !s)
        return s;
    return tx.commit();
}

Result<QList<KpiEntry>> KpiEntryRepository::list(const QDate &fromMonth, const QDate &toMonth)
{
    if (!fromMonth.isValid() || !toMonth.isValid())
        return userError(tr("The month is not valid."));
    QSqlQuery &q = m_db.prepared(u"SELECT month, kpi, value, updated_at FROM kpi_entries "
                                 "WHERE month >= ? AND month <= ? ORDER BY month"_s);
    q.addBindValue(KpiEntry::monthKey(fromMonth));
    q.addBindValue(KpiEntry::monthKey(toMonth));
    if (Status s = m_db.exec(q, tr("reading the KPI entries")); !s)
        return s.error();
    QList<KpiEntry> out;
    while (q.next())
        out.append({KpiEntry::monthFromKey(q.value(0).toString()), q.value(1).toString(),
                    q.value(2).toLongLong(),
                    QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    q.finish();
    const QStringList order = KpiEntry::keys();
    std::stable_sort(out.begin(), out.end(), [&order](const KpiEntry &a, const KpiEntry &b) {
        return a.month != b.month ? a.month < b.month : order.indexOf(a.kpi) < order.indexOf(b.kpi);
    });
    return out;
}

Result<QList<KpiEntry>> KpiEntryRepository::list(const Period &period)
{
    if (!period.isValid())
        return userError(tr("The period is not valid."));
    return list(period.from, period.to);
}

Result<std::optional<KpiEntry>> KpiEntryRepository::latest(const QString &kpi, const QDate &month)
{
    if (!month.isValid())
        return userError(tr("The month is not valid."));
    QSqlQuery &q = m_db.prepared(u"SELECT month, value, updated_at FROM kpi_entries "
                                 "WHERE kpi = ? AND month <= ? ORDER BY month DESC LIMIT 1"_s);
    q.addBindValue(kpi);
    q.addBindValue(KpiEntry::monthKey(month));
    if (Status s = m_db.exec(q, tr("reading the KPI entries")); !s)
        return s.error();
    std::optional<KpiEntry> entry;
    if (q.next())
        entry =
            KpiEntry{KpiEntry::monthFromKey(q.value(0).toString()), kpi, q.value(1).toLongLong(),
                     QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)};
    q.finish();
    return entry;
}

} // namespace dealboard
