#pragma once

#include "model/deal.h"
#include "playbook/playbook.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace dealboard {

class Database;

// The deals of the open database, in memory, shared by every view (the Deals table and the
// board columns). Loaded once; a change re-reads only the deal it touched.
class DealStore : public QObject
{
    Q_OBJECT

public:
    explicit DealStore(QObject *parent = nullptr);

    Status load(Database &database);
    // Re-reads one deal after a change (a new id is appended).
    Status refresh(Database &database, qint64 id);

    const QList<Deal> &deals() const { return m_deals; }
    const Playbook &playbook() const { return m_playbook; }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    const Deal *deal(qint64 id) const;

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void aboutToAppend(int row);
    void appended(int row);
    // `before` is the deal as it was; the store already holds the new one at `row`.
    void changed(int row, const dealboard::Deal &before);

private:
    QList<Deal> m_deals;
    QHash<qint64, int> m_rows;
    Playbook m_playbook;
};

} // namespace dealboard
