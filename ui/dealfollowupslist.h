#pragma once

#include <QListWidget>

namespace dealboard {

class Database;

// The follow-ups (activities) of a deal, open ones first with their due date; read-only here
// (the Today view acts on them).
class DealFollowUpsList : public QListWidget
{
    Q_OBJECT

public:
    explicit DealFollowUpsList(QWidget *parent = nullptr);
    bool load(Database &db, qint64 dealId);
};

} // namespace dealboard
