#pragma once

#include "analytics/period.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>

class QSqlQuery;

namespace dealboard {

class Database;
class Playbook;

// The deal history as the analytics read it (docs/analytics.md, "Common rules"), written as SQL
// so that the heavy work stays in SQLite: stage ranks in playbook order, effective events (the
// undone ones never count) and the deals closed in a period.
class StageHistory
{
public:
    // SQL text and its positional parameters, appended in the order they appear.
    struct Sql
    {
        QString text;
        QVariantList values;

        Sql &operator<<(const QString &sql)
        {
            text += sql;
            return *this;
        }
        Sql &operator<<(const Sql &other)
        {
            text += other.text;
            values += other.values;
            return *this;
        }
        Sql &bind(const QVariant &value)
        {
            text += u'?';
            values << value;
            return *this;
        }
    };

    explicit StageHistory(const Playbook &pb);

    // The funnel's steps: the open stages in playbook order, then the won stage.
    const QStringList &steps() const { return m_steps; }
    // A stage's index in steps(); customer ranks as won; -1 for lost and unknown keys.
    int rank(const QString &stage) const { return m_rank.value(stage, -1); }
    // The rank of the Demo stage (qualified win rate); -1 when the playbook has none.
    int demoRank() const;

    // The event kinds that set a deal's stage, as an SQL list (new_value: the stage).
    static QString stageKinds();
    // "?, ?, ?" with `values` bound; "NULL" when there are none.
    static Sql list(const QStringList &values);
    // "CASE <column> WHEN ? THEN 0 … ELSE -1 END", the playbook's stage keys bound.
    Sql rankOf(const QString &column) const;

    // Common table expressions (without the leading WITH) for the deals closed in `periods` as
    // of `asOf`, ending with closed(deal, close_id, won, close_at, detail, idx, mrr_cents,
    // created_at, reached_demo): idx is the index in `periods`, each period cut at the as-of
    // day. A deal is closed in a period when its last effective won-or-lost event up to the
    // as-of day falls in it and no effective move took it back to an open stage by then;
    // deals deleted now are left out. Nothing when no period has started by the as-of day.
    std::optional<Sql> closedDeals(const QList<Period> &periods, const QDate &asOf) const;

    // Prepares and runs `sql` on a forward-only query; the error names `what`.
    static Status run(Database &db, QSqlQuery &query, const Sql &sql, const QString &what);

    // num / den rounded half away from zero; none when den is 0.
    static std::optional<qint64> divideRounded(qint64 num, qint64 den);
    // num / den in basis points, rounded half away from zero; none when den is 0.
    static std::optional<int> ratioBp(qint64 num, qint64 den);
    // The exclusive end (ms UTC) of what a period counts when read as of `asOf`.
    static qint64 cutEndMs(const Period &period, const QDate &asOf);

private:
    QStringList m_steps;
    QStringList m_open;
    QStringList m_closed; // won, customer and lost
    QString m_won;
    QString m_lost;
    QHash<QString, int> m_rank;
    QList<std::pair<QString, int>> m_ranked; // m_rank in a fixed order, for the SQL text
};

} // namespace dealboard
