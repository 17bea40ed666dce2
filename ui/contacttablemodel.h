#pragma once

#include "model/contact.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dealboard {

class Database;

// Every contact as a table row with its company's name; the Contacts section sorts and
// searches it through a QSortFilterProxyModel.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Company,
        Email,
        Phone,
        Role,
        DecisionRole,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ContactTableModel(QObject *parent = nullptr);

    // The translated label of a Contact::decisionRoles() key (the key itself when unknown).
    static QString decisionRoleLabel(const QString &key);

    Status load(Database *db);
    const QList<Contact> &contacts() const { return m_contacts; }
    QString companyName(qint64 companyId) const { return m_companyNames.value(companyId); }
    int rowOf(qint64 contactId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Contact &contact, int column) const;

    QList<Contact> m_contacts;
    QHash<qint64, QString> m_companyNames;
};

} // namespace dealboard
