#include "boardcolumnmodel.h"

#include "dealstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
bool before(const Deal &a, const Deal &b)
{
    return a.position != b.position ? a.position < b.position : a.id < b.id;
}
} // namespace

BoardColumnModel::BoardColumnModel(const DealStore *store, const QString &stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_stage(stage)
{
    connect(store, &DealStore::aboutToReset, this, &BoardColumnModel::beginResetModel);
    connect(store, &DealStore::resetDone, this, [this] {
        rebuild();
        endResetModel();
        Q_EMIT totalsChanged();
    });
    connect(store, &DealStore::changed, this, &BoardColumnModel::onChanged);
    connect(store, &DealStore::appended, this, &BoardColumnModel::onAppended);
    rebuild();
}

void BoardColumnModel::setFilter(const BoardFilter &filter, const QDate &today)
{
    beginResetModel();
    m_filter = filter;
    m_today = today;
    rebuild();
    endResetModel();
    Q_EMIT totalsChanged();
}

bool BoardColumnModel::accepts(const Deal &deal) const
{
    return deal.stage == m_stage &&
           (m_filter.isEmpty() || m_filter.accepts(deal, m_store->playbook(), m_today));
}

void BoardColumnModel::rebuild()
{
    m_rows.clear();
    const QList<Deal> &deals = m_store->deals();
    for (qsizetype i = 0; i < deals.size(); ++i)
        if (accepts(deals.at(i)))
            m_rows.append(static_cast<int>(i));
    std::sort(m_rows.begin(), m_rows.end(),
              [&deals](int a, int b) { return before(deals.at(a), deals.at(b)); });
}

int BoardColumnModel::insertionRow(const Deal &deal) const
{
    const QList<Deal> &deals = m_store->deals();
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), deal,
                         [&deals](int row, const Deal &d) { return before(deals.at(row), d); });
    return static_cast<int>(it - m_rows.cbegin());
}

void BoardColumnModel::onChanged(int storeRow, const Deal &previous)
{
    const qsizetype at = m_rows.indexOf(storeRow);
    if (at >= 0) {
        // Position, stage or any shown field may have changed: take it out, put it back.
        beginRemoveRows({}, static_cast<int>(at), static_cast<int>(at));
        m_rows.removeAt(at);
        endRemoveRows();
    }
    const Deal &deal = m_store->deals().at(storeRow);
    if (accepts(deal)) {
        const int row = insertionRow(deal);
        beginInsertRows({}, row, row);
        m_rows.insert(row, storeRow);
        endInsertRows();
    }
    if (at >= 0 || previous.stage == m_stage || deal.stage == m_stage)
        Q_EMIT totalsChanged();
}

void BoardColumnModel::onAppended(int storeRow)
{
    const Deal &deal = m_store->deals().at(storeRow);
    if (!accepts(deal))
        return;
    const int row = insertionRow(deal);
    beginInsertRows({}, row, row);
    m_rows.insert(row, storeRow);
    endInsertRows();
    Q_EMIT totalsChanged();
}

const Playbook &BoardColumnModel::playbook() const
{
    return m_store->playbook();
}

const Deal &BoardColumnModel::dealAt(int row) const
{
    return m_store->deals().at(m_rows.at(row));
}

int BoardColumnModel::rowOfDeal(qint64 id) const
{
    return static_cast<int>(m_rows.indexOf(m_store->rowOf(id)));
}

BoardColumnModel::Totals BoardColumnModel::totals() const
{
    Totals t;
    const Stage *stage = m_store->playbook().stage(m_stage);
    const int probability = stage ? stage->probability : 0;
    qint64 weightedTimes100 = 0;
    for (const int row : m_rows) {
        const qint64 cents = m_store->deals().at(row).mrr.cents();
        t.mrrCents += cents;
        weightedTimes100 += cents * probability;
    }
    t.count = static_cast<int>(m_rows.size());
    t.weightedCents = (weightedTimes100 + 50) / 100; // non-negative: half away from zero
    return t;
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString BoardColumnModel::accessibleText(const Deal &d) const
{
    const Playbook &pb = m_store->playbook();
    const QString bandKey = BoardFilter::bandKey(d, pb);
    QString band = tr("not qualified");
    for (const BantBand &b : pb.bantBands())
        if (b.key == bandKey)
            band = b.name.text();
    const Stage *stage = pb.stage(d.stage);
    const qint64 days =
        d.stageEnteredAt.date().daysTo(m_today.isValid() ? m_today : QDate::currentDate());
    return tr("%1, %2, %3 a month, %4, %n day(s) in %5", nullptr, static_cast<int>(days))
        .arg(d.companyName, d.title, d.mrr.format(QLocale(), Money::Cents::WhenNeeded), band,
             stage ? stage->name.text() : d.stage);
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal &d = dealAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return accessibleText(d);
    case IdRole:
        return d.id;
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    std::sort(rows.begin(), rows.end()); // keep the column's order
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const int row : rows)
        stream << dealAt(row).id;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), bytes);
    return mime;
}

QList<qint64> BoardColumnModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return ids;
    QDataStream stream(data->data(QString::fromLatin1(kMimeType)));
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok)
            return {};
        ids.append(id);
    }
    return ids;
}

Qt::DropActions BoardColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool BoardColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return action == Qt::MoveAction && !idsFromMime(data).isEmpty();
}

bool BoardColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a card: before it; between cards: before the next one; else last.
    if (row < 0 && parent.isValid())
        row = parent.row();
    const qint64 beforeId = row >= 0 && row < rowCount() ? dealAt(row).id : 0;
    const QList<qint64> ids = idsFromMime(data);
    QMetaObject::invokeMethod(
        this, [this, ids, beforeId] { Q_EMIT dropRequested(ids, m_stage, beforeId); },
        Qt::QueuedConnection);
    return true;
}

} // namespace dealboard
