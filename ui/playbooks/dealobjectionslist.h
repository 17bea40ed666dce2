#pragma once

#include <QListView>

namespace dealboard {

class Database;
class DealObjectionListModel;

// The objections met on a deal, in its editor (latest first). Read-only here: the Playbooks
// panel logs and removes them.
class DealObjectionsList : public QListView
{
    Q_OBJECT

public:
    explicit DealObjectionsList(QWidget *parent = nullptr);
    bool load(Database &db, qint64 dealId);
    DealObjectionListModel *model() const { return m_model; }

private:
    DealObjectionListModel *m_model;
};

} // namespace dealboard
