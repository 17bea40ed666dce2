#pragma once

#include "model/product.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

// The product catalogue (table products), seeded by schema step 6 with the products the seed
// names. Products are never deleted (old quotes point to them): deactivate() hides one from
// new quotes. Every change logs an event (entity "product") in the same transaction.
class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(Database &db)
        : m_db(db)
    {}

    // A key (lower-case letters, digits, '-'), a French name, a price ≥ 0, a rate 0…100 %.
    static Status validate(const Product &product);
    // Stores a new product and logs "created"; sets product.id. A key already used is refused.
    Result<qint64> add(Product &product);
    // Saves every field (the key included) and logs each edited field.
    Status update(const Product &product);
    // Hides the product from new quotes (active = false); quotes keep their lines.
    Status deactivate(qint64 id);

    Result<Product> find(qint64 id);
    // By key ("vps-m"), as the command line names products; a user error when unknown.
    Result<Product> findByKey(const QString &key);
    // By key order; only the active ones unless `includeInactive`.
    Result<QList<Product>> list(bool includeInactive = false);

private:
    Database &m_db;
};

} // namespace dealboard
