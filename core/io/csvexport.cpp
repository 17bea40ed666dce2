#include "csvexport.h"

#include "io/csvexportcolumns.h"
#include "io/csvwriter.h"
#include "model/activity.h"
#include "rules/quotetotals.h"
#include "storage/database.h"
#include "storage/quoterepository.h"

#include <QDateTime>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kProgressEvery = 500;

// value / 10^digits as a plain decimal; `trim` drops trailing zeros (and a bare separator).
QString decimal(qint64 value, int digits, bool trim, QChar separator)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    QString text = QString::number(magnitude / quint64(scale));
    QString fraction = u"%1"_s.arg(magnitude % quint64(scale), digits, 10, QChar(u'0'));
    if (trim) {
        while (!fraction.isEmpty() && fraction.back() == u'0')
            fraction.chop(1);
    }
    if (!fraction.isEmpty())
        text += separator + fraction;
    return negative ? u"-"_s + text : text;
}

struct QuoteAmounts
{
    Money monthly;
    Money firstYear;
};

// The totals of every quote, computed as the quote editor does: an empty map when they
// cannot be read (the columns stay empty).
QHash<qint64, QuoteAmounts> quoteAmounts(Database &db)
{
    QHash<qint64, QuoteAmounts> amounts;
    QuoteRepository quotes(db);
    const Result<QList<Quote>> all = quotes.list();
    if (!all)
        return amounts;
    for (const Quote &quote : all.value()) {
        const Result<QuoteTotals> totals = QuoteTotals::compute(quote, quotes.decision(quote));
        if (totals)
            amounts.insert(quote.id,
                           QuoteAmounts{totals->monthlyDiscountedHt, totals->firstYearHt});
    }
    return amounts;
}

QString formatted(const QVariant &v, ExportValue kind, QChar separator,
                  const QHash<qint64, QuoteAmounts> &amounts)
{
    if (v.isNull())
        return {};
    switch (kind) {
    case ExportValue::Text:
    case ExportValue::Integer:
        return v.toString();
    case ExportValue::Cents:
        return decimal(v.toLongLong(), 2, false, separator);
    case ExportValue::Milli:
        return decimal(v.toLongLong(), 3, true, separator);
    case ExportValue::BasisPoints:
        return decimal(v.toLongLong(), 2, true, separator);
    case ExportValue::Bool:
        return v.toLongLong() != 0 ? u"true"_s : u"false"_s;
    case ExportValue::DateTime:
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    case ExportValue::ActivityKind:
        return Activity::kindKey(Activity::kindFromKey(v.toString()));
    case ExportValue::QuoteMonthly:
    case ExportValue::QuoteFirstYear: {
        const auto found = amounts.constFind(v.toLongLong());
        if (found == amounts.cend())
            return {};
        const Money &m = kind == ExportValue::QuoteMonthly ? found->monthly : found->firstYear;
        return decimal(m.cents(), 2, false, separator);
    }
    }
    return v.toString();
}

} // namespace

QStringList CsvExport::columns(ExportEntity entity)
{
    QStringList headers;
    for (const ExportColumn &c : exportQuery(entity).columns)
        headers << c.header;
    return headers;
}

QString CsvExport::key(ExportEntity entity)
{
    switch (entity) {
    case ExportEntity::Deals:
        return u"deals"_s;
    case ExportEntity::Companies:
        return u"companies"_s;
    case ExportEntity::Contacts:
        return u"contacts"_s;
    case ExportEntity::Activities:
        return u"activities"_s;
    case ExportEntity::Quotes:
        return u"quotes"_s;
    }
    return {};
}

std::optional<ExportEntity> CsvExport::fromKey(const QString &key)
{
    for (const ExportEntity e :
         {ExportEntity::Deals, ExportEntity::Companies, ExportEntity::Contacts,
          ExportEntity::Activities, ExportEntity::Quotes})
        if (CsvExport::key(e) == key)
            return e;
    return std::nullopt;
}

QString CsvExport::entityName(ExportEntity entity)
{
    switch (entity) {
    case ExportEntity::Deals:
        return tr("deals");
    case ExportEntity::Companies:
        return tr("companies");
    case ExportEntity::Contacts:
        return tr("contacts");
    case ExportEntity::Activities:
        return tr("activities");
    case ExportEntity::Quotes:
        return tr("quote lines");
    }
    return {};
}

Result<qint64> CsvExport::write(ExportEntity entity, QIODevice &out,
                                const CsvExportOptions &options, const Progress &progress)
{
    const ExportQuery &query = exportQuery(entity);
    const QChar separator = decimalSeparator(options.delimiter);

    qint64 total = 0;
    {
        QSqlQuery count(m_db.connection());
        if (!count.exec(u"SELECT count(*) FROM "_s + query.from) || !count.next())
            return m_db.sqlError(count, tr("counting the rows to export"));
        total = count.value(0).toLongLong();
    }
    const QHash<qint64, QuoteAmounts> amounts =
        entity == ExportEntity::Quotes ? quoteAmounts(m_db) : QHash<qint64, QuoteAmounts>();

    QStringList expressions;
    for (const ExportColumn &c : query.columns)
        expressions << c.sql;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(expressions.join(u", "_s), query.from,
                                                       query.orderBy)))
        return m_db.sqlError(q, tr("reading the rows to export"));

    CsvWriter writer(out, options.delimiter);
    writer.setBom(options.bom);
    writer.setCrlf(true);
    if (Status s = writer.writeRecord(columns(entity)); !s)
        return s.error();
    qint64 rows = 0;
    QStringList fields;
    const qsizetype width = query.columns.size();
    while (q.next()) {
        fields.clear();
        for (qsizetype i = 0; i < width; ++i)
            fields << formatted(q.value(int(i)), query.columns.at(i).value, separator, amounts);
        if (Status s = writer.writeRecord(fields); !s)
            return s.error();
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows, total))
            return userError(tr("The export was cancelled."));
    }
    if (q.lastError().isValid())
        return m_db.sqlError(q, tr("reading the rows to export"));
    if (Status s = writer.flush(); !s)
        return s.error();
    if (progress && !progress(rows, std::max(rows, total)))
        return userError(tr("The export was cancelled."));
    return rows;
}

Result<qint64> CsvExport::writeFile(ExportEntity entity, const QString &path,
                                    const CsvExportOptions &options, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    Result<qint64> rows = write(entity, file, options, progress);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace dealboard
