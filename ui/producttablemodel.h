#pragma once

#include "model/product.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QList>

namespace dealboard {

class Database;

// The product catalogue as a table: key, names, unit, price, billing, VAT rate, active. An
// inactive product is greyed (it stays on old quotes, new quotes cannot use it). IdRole gives
// the product's id, SortRole the raw value of a cell.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        NameFr,
        NameEn,
        Unit,
        Price,
        BillingColumn,
        Vat,
        Active,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProductTableModel(QObject *parent = nullptr);

    // Reads the catalogue in key order, the inactive products too when `includeInactive`. On
    // failure the model keeps its rows.
    Status load(Database &db, bool includeInactive);
    const QList<Product> &products() const { return m_products; }
    // -1 when the product is not shown.
    int rowOf(qint64 productId) const;

    // "20 %", "5,5 %" in the locale's convention.
    static QString vatText(int basisPoints);
    static QString billingText(Billing billing);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Product &product, int column) const;
    QVariant sortValue(const Product &product, int column) const;

    QList<Product> m_products;
};

} // namespace dealboard
