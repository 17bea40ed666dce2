#include "forecasttablemodel.h"

#include "figureformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

ForecastTableModel::ForecastTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ForecastTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ForecastTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const MonthForecast &f = r.forecast;
    const auto money = [role](const std::optional<Money> &m) -> QVariant {
        if (role == CentsRole)
            return m ? QVariant(m->cents()) : QVariant();
        return FigureFormat::money(m);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == MonthColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != CentsRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole) {
        if (index.column() == AccuracyColumn && r.accuracyBp)
            return tr("Won %1 against %2 forecast at the start of the month")
                .arg(FigureFormat::money(r.won), FigureFormat::money(r.forecastThen));
        return {};
    }
    switch (Column(index.column())) {
    case MonthColumn:
        if (role == CentsRole)
            return {};
        return f.month.isValid() ? QLocale().toString(f.month, u"MMMM yyyy"_s)
                                 : tr("No expected close date");
    case DealsColumn:
        return role == CentsRole ? QVariant() : QVariant(f.deals);
    case CommitColumn:
        return money(f.commit);
    case BestCaseColumn:
        return money(f.bestCase);
    case PipelineColumn:
        return money(f.pipeline);
    case WeightedColumn:
        return money(f.weighted);
    case ForecastThenColumn:
        return money(r.forecastThen);
    case WonColumn:
        return money(r.won);
    case AccuracyColumn:
        return role == CentsRole ? QVariant() : QVariant(FigureFormat::percent(r.accuracyBp));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case CommitColumn:
            return tr("Negotiation deals with a verbal agreement");
        case BestCaseColumn:
            return tr("Commit, plus Proposal deals with a confirmed timeline");
        case PipelineColumn:
            return tr("Every open deal from Qualified on");
        case WeightedColumn:
            return tr("Σ MRR × stage probability");
        case ForecastThenColumn:
            return tr("The weighted forecast of the deals expected to close in the month, as "
                      "it stood the day before the month began");
        case WonColumn:
            return tr("MRR of the deals won in the month");
        case AccuracyColumn:
            return tr("Won ÷ forecast then");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case MonthColumn:
        return tr("Month");
    case DealsColumn:
        return tr("Deals");
    case CommitColumn:
        return tr("Commit");
    case BestCaseColumn:
        return tr("Best case");
    case PipelineColumn:
        return tr("Pipeline");
    case WeightedColumn:
        return tr("Weighted");
    case ForecastThenColumn:
        return tr("Forecast then");
    case WonColumn:
        return tr("Won");
    case AccuracyColumn:
        return tr("Accuracy");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dealboard
