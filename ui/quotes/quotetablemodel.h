#pragma once

#include "model/quote.h"
#include "playbook/playbook.h"
#include "result.h"

#include <QAbstractTableModel>

namespace dealboard {

class Database;
class DealStore;

// Every quote (each revision a row) with its deal and its totals, for the Quotes section.
class QuoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        DealColumn,
        StatusColumn,
        Contract,
        Monthly,
        FirstYear,
        Created,
        ValidUntil,
        SignedBy,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, // the status key ("draft" …)
        DealIdRole,
        SortRole,
    };

    explicit QuoteTableModel(QObject *parent = nullptr);

    Status load(Database &db, const DealStore &store);
    void clear();
    const Quote *quote(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Quote quote;
        QString deal;
        QString contract;
        Money monthly;
        Money firstYear;
    };
    QList<Row> m_rows;
};

} // namespace dealboard
