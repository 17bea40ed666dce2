#include "quotetablemodel.h"

#include "dealstore.h"
#include "rules/quotetotals.h"
#include "storage/quoterepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

QuoteTableModel::QuoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status QuoteTableModel::load(Database &db, const DealStore &store)
{
    QuoteRepository repository(db);
    Result<QList<Quote>> quotes = repository.list();
    if (!quotes)
        return quotes.error();
    QList<Row> rows;
    rows.reserve(quotes->size());
    for (Quote &q : quotes.value()) {
        Row row{std::move(q), {}, {}, {}, {}};
        if (const Deal *d = store.deal(row.quote.dealId))
            row.deal = d->companyName.isEmpty() ? d->title : d->companyName + u" — "_s + d->title;
        for (const ContractType &c : store.playbook().contracts())
            if (c.key == row.quote.contract)
                row.contract = c.name.text();
        if (const Result<QuoteTotals> t =
                QuoteTotals::compute(row.quote, repository.decision(row.quote))) {
            row.monthly = t->monthlyDiscountedHt;
            row.firstYear = t->firstYearHt;
        }
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void QuoteTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const Quote *QuoteTableModel::quote(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).quote;
}

int QuoteTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).quote.id == id)
            return i;
    return -1;
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const Quote &q = row.quote;
    const QLocale locale;
    switch (role) {
    case IdRole:
        return q.id;
    case StatusRole:
        return Quote::statusKey(q.status);
    case DealIdRole:
        return q.dealId;
    case SortRole:
        switch (index.column()) {
        case Number:
            return u"%1-%2"_s.arg(q.number).arg(q.revision, 3, 10, QChar(u'0'));
        case Monthly:
            return row.monthly.cents();
        case FirstYear:
            return row.firstYear.cents();
        case Created:
            return q.createdAt;
        case ValidUntil:
            return q.validUntil;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Monthly || index.column() == FirstYear)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValidUntil && q.validUntil.isValid())
            return locale.toString(q.validUntil, QLocale::LongFormat);
        if (index.column() == SignedBy && q.signature)
            return tr("%1, %2 (%3)")
                .arg(q.signature->signer,
                     locale.toString(q.signature->at.toLocalTime(), QLocale::LongFormat),
                     Quote::methodName(q.signature->method));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return q.displayNumber();
        case DealColumn:
            return row.deal;
        case StatusColumn:
            return Quote::statusName(q.status);
        case Contract:
            return row.contract.isEmpty() ? q.contract : row.contract;
        case Monthly:
            return row.monthly.format();
        case FirstYear:
            return row.firstYear.format();
        case Created:
            return locale.toString(q.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case ValidUntil:
            return q.validUntil.isValid() ? locale.toString(q.validUntil, QLocale::ShortFormat)
                                          : QString();
        case SignedBy:
            return q.signature ? q.signature->signer : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case DealColumn:
        return tr("Deal");
    case StatusColumn:
        return tr("Status");
    case Contract:
        return tr("Contract");
    case Monthly:
        return tr("Monthly HT");
    case FirstYear:
        return tr("First year HT");
    case Created:
        return tr("Created");
    case ValidUntil:
        return tr("Valid until");
    case SignedBy:
        return tr("Signed by");
    default:
        return {};
    }
}

} // namespace dealboard
