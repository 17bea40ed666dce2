#pragma once

#include "model/quote.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace dealboard {

class Database;

// The rows of a quote (quotes, quote_lines, quote_discounts) as QuoteRepository reads and
// writes them: no validation, no event (the repository owns both).
class QuoteRow
{
    Q_DECLARE_TR_FUNCTIONS(QuoteRow)

public:
    static Result<qint64> insert(Database &db, const Quote &quote);
    // Replaces a draft's lines and discounts (the schema refuses it for any other status).
    static Status writeContent(Database &db, const Quote &quote);
    // Writes the status, the sending and signature columns and updated_at.
    static Status saveStatus(Database &db, const Quote &quote);
    // Whether select() reads the signature's image (PNG bytes, up to 1 MB each).
    enum class Image
    {
        Read,
        Skip, // the signature's image left empty: lists stay lean
    };
    // The quotes matching `where` (SQL on the quotes table, with ? for `binds`), by id, with
    // their lines and discounts.
    static Result<QList<Quote>> select(Database &db, const QString &where,
                                       const QVariantList &binds, Image image = Image::Read);
    // Removes a draft's lines, discounts and row (the schema refuses it for any other status).
    static Status remove(Database &db, qint64 id);
    static Status loadContent(Database &db, Quote &quote);
};

} // namespace dealboard
