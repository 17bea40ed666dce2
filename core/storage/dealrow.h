#pragma once

#include "model/deal.h"

#include <QSqlQuery>
#include <QStringList>

namespace dealboard {

// A row of the deals table as DealRepository reads and writes it.
class DealRow
{
public:
    // The stored columns, in the order bind() binds them.
    static const QStringList &columns();
    // Binds every stored column of `deal` (not its id), in columns() order.
    static void bind(QSqlQuery &query, const Deal &deal);
    // "SELECT … FROM deals d JOIN …", to be followed by a WHERE clause: the deal with its
    // company's name and segment, its contact's name and email and its latest BANT+ total.
    static const QString &select();
    static Deal read(const QSqlQuery &query);
};

} // namespace dealboard
