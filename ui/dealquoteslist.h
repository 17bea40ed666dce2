#pragma once

#include <QListWidget>

namespace dealboard {

class Database;

// The quotes of a deal in its editor, newest first: number, status, monthly HT and the date
// that matters (valid until, signed on). Read-only here (the Quotes section acts on them).
class DealQuotesList : public QListWidget
{
    Q_OBJECT

public:
    explicit DealQuotesList(QWidget *parent = nullptr);
    bool load(Database &db, qint64 dealId);
};

} // namespace dealboard
