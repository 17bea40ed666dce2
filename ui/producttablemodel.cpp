#include "producttablemodel.h"

#include "storage/database.h"
#include "storage/productrepository.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace dealboard {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status ProductTableModel::load(Database &db, bool includeInactive)
{
    Result<QList<Product>> products = ProductRepository(db).list(includeInactive);
    if (!products)
        return products.error();
    beginResetModel();
    m_products = std::move(products).value();
    endResetModel();
    return {};
}

int ProductTableModel::rowOf(qint64 productId) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i)
        if (m_products.at(i).id == productId)
            return int(i);
    return -1;
}

QString ProductTableModel::vatText(int basisPoints)
{
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    return tr("%1 %").arg(QLocale().toString(basisPoints / 100.0, 'f', decimals));
}

QString ProductTableModel::billingText(Billing billing)
{
    return billing == Billing::Monthly ? tr("Monthly") : tr("One-time");
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::display(const Product &p, int column) const
{
    switch (column) {
    case Key:
        return p.key;
    case NameFr:
        return p.name.fr;
    case NameEn:
        return p.name.en;
    case Unit:
        return p.unit.fr == p.unit.en || p.unit.en.isEmpty()
                   ? p.unit.fr
                   : u"%1 / %2"_s.arg(p.unit.fr, p.unit.en);
    case Price:
        return p.price.format(QLocale());
    case BillingColumn:
        return billingText(p.billing);
    case Vat:
        return vatText(p.vatBp);
    case Active:
        return p.active ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant ProductTableModel::sortValue(const Product &p, int column) const
{
    switch (column) {
    case Price:
        return p.price.cents();
    case Vat:
        return p.vatBp;
    case Active:
        return p.active;
    case BillingColumn:
        return billingKey(p.billing);
    default:
        return display(p, column);
    }
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::ToolTipRole:
        if (!p.active)
            return tr("Inactive: kept on the quotes that use it, not offered on new quotes.");
        if (index.column() == Price)
            return p.billing == Billing::Monthly ? tr("Per %1, each month").arg(p.unit.text())
                                                 : tr("Per %1, once").arg(p.unit.text());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Vat)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!p.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return sortValue(p, index.column());
    case IdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case NameFr:
        return tr("Name (French)");
    case NameEn:
        return tr("Name (English)");
    case Unit:
        return tr("Unit (fr / en)");
    case Price:
        return tr("Price HT");
    case BillingColumn:
        return tr("Billing");
    case Vat:
        return tr("VAT");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace dealboard
