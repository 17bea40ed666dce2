#pragma once

// Helpers shared by the DealWorkflow suites (header only).

#include "storage/contactrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

#include <QSqlRecord>

namespace dealboard::test {

// Every row a query returns, one line each, every column.
inline QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << cells.join(u'|');
    }
    return out;
}

inline MoveRequest request(qint64 id, const QString &stage, const QStringList &check = {},
                           const QString &email = {}, qint64 before = 0)
{
    MoveRequest r;
    r.dealId = id;
    r.toStage = stage;
    r.check = check;
    r.email = email;
    r.beforeDealId = before;
    return r;
}

inline MoveRequest lost(qint64 id, const QString &reason, const QString &competitor = {},
                        const QString &note = {})
{
    MoveRequest r = request(id, u"lost"_s);
    r.lostReason = reason;
    r.competitor = competitor;
    r.note = note;
    return r;
}

// "kind" or "kind:field" for each event.
inline QStringList kinds(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out << Event::kindKey(e.kind) + (e.field.isEmpty() ? QString() : u':' + e.field);
    return out;
}

// A fresh database with one company, "now" fixed, and shortcuts for the workflow tests.
struct WorkflowFixture : DatabaseFixture
{
    qint64 company = 0;

    QString start()
    {
        if (QString error = open(u"workflow.db"_s); !error.isEmpty())
            return error;
        Company c = sampleCompany(u"Acme"_s);
        const auto id = CompanyRepository(*db).create(c);
        company = id.ok() ? *id : 0;
        return id.ok() ? QString() : id.errorMessage();
    }
    qint64 addDeal(const QString &stage, const QString &title = u"Deal"_s, qint64 mrr = 30000)
    {
        Deal d = sampleDeal(company, title, stage, mrr);
        return DealRepository(*db).create(d).ok() ? d.id : 0;
    }
    // A qualification with this total (4..19).
    bool qualify(qint64 dealId, int total)
    {
        Qualification q;
        q.dealId = dealId;
        int *scores[] = {&q.budget, &q.authority, &q.need, &q.timeline, &q.fit};
        for (int left = total - q.total(), i = 0; left > 0; i = (i + 1) % 5)
            if (*scores[i] < (i == 4 ? 3 : 4)) {
                ++*scores[i];
                --left;
            }
        return QualificationRepository(*db).add(q).ok();
    }
    // What a refused or failed request must leave untouched.
    QStringList snapshot()
    {
        return rows(*db, u"SELECT * FROM deals ORDER BY id"_s) +
               rows(*db, u"SELECT * FROM deal_checks ORDER BY deal_id, criterion"_s) +
               rows(*db, u"SELECT * FROM contacts ORDER BY id"_s) +
               rows(*db, u"SELECT * FROM events ORDER BY id"_s);
    }
    // The request went through and the deal moved.
    bool moves(const MoveRequest &r)
    {
        const auto outcome = DealWorkflow(*db).move(r);
        if (!outcome.ok())
            qWarning("%s", qPrintable(outcome.errorMessage()));
        return outcome.ok() && outcome->moved;
    }
    // The ids of a board column, in order.
    QList<qint64> column(const QString &stage)
    {
        QList<qint64> ids;
        for (const Deal &d : DealRepository(*db).list({.stage = stage}).value())
            ids << d.id;
        return ids;
    }
};

} // namespace dealboard::test
