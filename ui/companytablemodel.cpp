#include "companytablemodel.h"

#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

CompanyTableModel::CompanyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(Money::defaultCurrency())
{}

Status CompanyTableModel::load(Database *db)
{
    beginResetModel();
    m_companies.clear();
    m_stats.clear();
    Status status;
    if (db) {
        m_playbook = db->playbook();
        if (!m_playbook.currency().isEmpty())
            m_currency = m_playbook.currency();
        Result<QList<Company>> companies = CompanyRepository(*db).list();
        Result<QList<Deal>> deals = DealRepository(*db).list(DealQuery{{}, true});
        if (!companies)
            status = companies.error();
        else if (!deals)
            status = deals.error();
        if (status) {
            m_companies = std::move(companies).value();
            for (const Deal &d : deals.value()) {
                Stats &s = m_stats[d.companyId];
                ++s.count;
                s.mrrCents += d.mrr.cents();
            }
        }
    }
    endResetModel();
    return status;
}

int CompanyTableModel::rowOf(qint64 companyId) const
{
    for (int row = 0; row < m_companies.size(); ++row)
        if (m_companies.at(row).id == companyId)
            return row;
    return -1;
}

int CompanyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_companies.size());
}

int CompanyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::display(const Company &c, int column) const
{
    switch (column) {
    case Name:
        return c.name;
    case Segment: {
        const dealboard::Segment *s = m_playbook.segment(c.segment);
        return s ? s->name.text() : c.segment;
    }
    case Sector:
        return c.sector;
    case Website:
        return c.website;
    case Source:
        return c.source;
    case OpenDeals:
        return QLocale().toString(openDeals(c.id));
    case OpenMrr:
        return Money(openMrrCents(c.id), m_currency).format(QLocale(), Money::Cents::WhenNeeded);
    }
    return {};
}

QVariant CompanyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company &c = m_companies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case SortRole:
        if (index.column() == OpenDeals)
            return openDeals(c.id);
        if (index.column() == OpenMrr)
            return openMrrCents(c.id);
        return display(c, index.column());
    case IdRole:
        return c.id;
    case Qt::TextAlignmentRole:
        if (index.column() == OpenDeals || index.column() == OpenMrr)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OpenMrr)
            return tr("The MRR of the company's open deals");
        return {};
    default:
        return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Company");
    case Segment:
        return tr("Segment");
    case Sector:
        return tr("Sector");
    case Website:
        return tr("Website");
    case Source:
        return tr("Source");
    case OpenDeals:
        return tr("Open deals");
    case OpenMrr:
        return tr("Open MRR");
    }
    return {};
}

} // namespace dealboard
