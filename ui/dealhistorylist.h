#pragma once

#include "model/event.h"
#include "result.h"

#include <QListWidget>

namespace dealboard {

class Database;
struct Deal;

// The history of one deal, newest first, one line per event: "date · who · what" in the
// user's locale and the playbook's words. Undone changes are left out.
class DealHistoryList : public QListWidget
{
    Q_OBJECT

public:
    explicit DealHistoryList(QWidget *parent = nullptr);

    Status load(Database &db, const Deal &deal);
    // What an event did, e.g. "Moved from Demo to Proposal" or "MRR: 1 800 € → 2 500 €".
    QString describe(const Event &event) const;

private:
    QString edited(const Event &event) const;
    QString value(const QString &field, const QString &text) const;
    QString stageName(const QString &key) const;

    Database *m_db = nullptr;
    QString m_currency;
};

} // namespace dealboard
