#include "contacttablemodel.h"

#include "storage/companyrepository.h"
#include "storage/contactrepository.h"

using namespace Qt::StringLiterals;

namespace dealboard {

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ContactTableModel::decisionRoleLabel(const QString &key)
{
    if (key == "user"_L1)
        return tr("User");
    if (key == "influencer"_L1)
        return tr("Influencer");
    if (key == "decision-maker"_L1)
        return tr("Decision maker");
    if (key == "economic-buyer"_L1)
        return tr("Economic buyer");
    return key;
}

Status ContactTableModel::load(Database *db)
{
    beginResetModel();
    m_contacts.clear();
    m_companyNames.clear();
    Status status;
    if (db) {
        Result<QList<dealboard::Company>> companies = CompanyRepository(*db).list();
        Result<QList<Contact>> contacts = ContactRepository(*db).list();
        if (!companies)
            status = companies.error();
        else if (!contacts)
            status = contacts.error();
        if (status) {
            for (const dealboard::Company &c : companies.value())
                m_companyNames.insert(c.id, c.name);
            m_contacts = std::move(contacts).value();
        }
    }
    endResetModel();
    return status;
}

int ContactTableModel::rowOf(qint64 contactId) const
{
    for (int row = 0; row < m_contacts.size(); ++row)
        if (m_contacts.at(row).id == contactId)
            return row;
    return -1;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::display(const Contact &c, int column) const
{
    switch (column) {
    case Name:
        return c.name;
    case Company:
        return companyName(c.companyId);
    case Email:
        return c.email;
    case Phone:
        return c.phone;
    case Role:
        return c.role;
    case DecisionRole:
        return decisionRoleLabel(c.decisionRole);
    }
    return {};
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case SortRole:
        if (index.column() == DecisionRole) // by authority, not alphabetically
            return static_cast<int>(Contact::decisionRoles().indexOf(c.decisionRole));
        return display(c, index.column());
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Contact");
    case Company:
        return tr("Company");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Role:
        return tr("Role");
    case DecisionRole:
        return tr("Decision role");
    }
    return {};
}

} // namespace dealboard
