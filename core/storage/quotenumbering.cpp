#include "quotenumbering.h"

#include "database.h"
#include "model/quote.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The year and sequence of "DEV-2026-0007"; {0, 0} when it is not one.
std::pair<int, int> numberParts(const QString &number)
{
    const QStringList parts = number.split(u'-');
    if (parts.size() != 3)
        return {0, 0};
    bool yearOk = false;
    bool sequenceOk = false;
    const int year = parts.at(1).toInt(&yearOk);
    const int sequence = parts.at(2).toInt(&sequenceOk);
    return yearOk && sequenceOk ? std::pair{year, sequence} : std::pair{0, 0};
}

} // namespace

Result<QString> QuoteNumbering::allocate(Database &db, int year)
{
    QSqlQuery &bump = db.prepared(u"INSERT INTO quote_numbers (year, last) VALUES (?, 1) "
                                  "ON CONFLICT (year) DO UPDATE SET last = last + 1"_s);
    bump.addBindValue(year);
    if (Status s = db.exec(bump, tr("numbering the quote")); !s)
        return s.error();
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT last FROM quote_numbers WHERE year = ?"_s);
    q.addBindValue(year);
    if (Status s = db.exec(q, tr("numbering the quote")); !s)
        return s.error();
    if (!q.next())
        return internalError(tr("The quote number of %1 was not recorded.").arg(year));
    return Quote::formatNumber(year, q.value(0).toInt());
}

Result<bool> QuoteNumbering::giveBack(Database &db, const QString &number)
{
    const auto [year, sequence] = numberParts(number);
    if (year <= 0)
        return false;
    QSqlQuery &back =
        db.prepared(u"UPDATE quote_numbers SET last = last - 1 WHERE year = ? AND last = ?"_s);
    back.addBindValue(year);
    back.addBindValue(sequence);
    if (Status s = db.exec(back, tr("numbering the quotes")); !s)
        return s.error();
    return back.numRowsAffected() == 1;
}

} // namespace dealboard
