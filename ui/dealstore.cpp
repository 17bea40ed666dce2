#include "dealstore.h"

#include "storage/database.h"
#include "storage/dealrepository.h"

namespace dealboard {

DealStore::DealStore(QObject *parent)
    : QObject(parent)
{}

Status DealStore::load(Database &database)
{
    Result<QList<Deal>> deals = DealRepository(database).list();
    if (!deals)
        return deals.error();
    Q_EMIT aboutToReset();
    m_deals = std::move(deals).value();
    m_playbook = database.playbook();
    m_rows.clear();
    m_rows.reserve(m_deals.size());
    for (qsizetype i = 0; i < m_deals.size(); ++i)
        m_rows.insert(m_deals.at(i).id, static_cast<int>(i));
    Q_EMIT resetDone();
    return {};
}

Status DealStore::refresh(Database &database, qint64 id)
{
    Result<Deal> deal = DealRepository(database).find(id);
    if (!deal)
        return deal.error();
    const int row = rowOf(id);
    if (row < 0) {
        const int at = static_cast<int>(m_deals.size());
        Q_EMIT aboutToAppend(at);
        m_deals.append(std::move(deal).value());
        m_rows.insert(id, at);
        Q_EMIT appended(at);
        return {};
    }
    const Deal before = m_deals.at(row);
    m_deals[row] = std::move(deal).value();
    Q_EMIT changed(row, before);
    return {};
}

const Deal *DealStore::deal(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_deals.at(row);
}

} // namespace dealboard
