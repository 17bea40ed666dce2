#pragma once

#include "playbook/objection.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace dealboard {

class Database;

// The touchpoints of a sample deal, so the KPIs have something to measure: the reply to the
// inbound lead (mostly within the playbook's 4 hours, some late, a few still waiting) and the
// demo call of every deal that reached Demo (most held, some no-shows). Its own random
// sequence, so the deals, events and qualifications of a seed stay as they were.
class DemoActivities
{
    Q_DECLARE_TR_FUNCTIONS(DemoActivities)

public:
    DemoActivities(Database &db, quint32 seed, const QDateTime &now);

    // `demoAt`: when the deal entered the demo stage; invalid: it never did.
    Status add(qint64 dealId, const QDateTime &created, const QDateTime &demoAt);
    int count() const { return m_count; }

private:
    Status insert(qint64 dealId, const QString &kind, const QString &title, const QDate &due,
                  const QDateTime &doneAt, const QDateTime &createdAt, const QString &category,
                  int minutes);
    qint64 between(qint64 lo, qint64 hi);

    Database &m_db;
    QRandomGenerator m_rng;
    QDateTime m_now;
    QString m_replyTitle;
    QString m_demoTitle;
    QList<Objection> m_objections;
    int m_count = 0;
};

} // namespace dealboard
