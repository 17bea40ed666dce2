#pragma once

#include "model/company.h"
#include "playbook/playbook.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dealboard {

class Database;

// Every company as a table row, with its open deals counted and their MRR summed; the
// Companies section sorts and searches it through a QSortFilterProxyModel. Qt::UserRole gives
// the raw value to sort on.
class CompanyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Segment,
        Sector,
        Website,
        Source,
        OpenDeals,
        OpenMrr,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CompanyTableModel(QObject *parent = nullptr);

    // Reads the companies and the open deals; an empty model when `db` is null.
    Status load(Database *db);
    const QList<Company> &companies() const { return m_companies; }
    int rowOf(qint64 companyId) const;
    int openDeals(qint64 companyId) const { return m_stats.value(companyId).count; }
    qint64 openMrrCents(qint64 companyId) const { return m_stats.value(companyId).mrrCents; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Stats
    {
        int count = 0;
        qint64 mrrCents = 0;
    };
    QVariant display(const Company &company, int column) const;

    Playbook m_playbook;
    QList<Company> m_companies;
    QHash<qint64, Stats> m_stats;
    QString m_currency;
};

} // namespace dealboard
