#pragma once

#include "boardfilter.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace dealboard {

class DealStore;
class Playbook;
struct Deal;

// One column of the board: the store's deals of one stage that pass the filter, in their
// persisted order. Cards are painted by CardDelegate; drags carry deal ids.
class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr const char *kMimeType = "application/x-dealboard-deal-ids";
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    struct Totals
    {
        int count = 0;
        qint64 mrrCents = 0;
        qint64 weightedCents = 0;
    };

    BoardColumnModel(const DealStore *store, const QString &stage, QObject *parent = nullptr);

    QString stage() const { return m_stage; }
    const Playbook &playbook() const;
    void setFilter(const BoardFilter &filter, const QDate &today);
    const Deal &dealAt(int row) const;
    int rowOfDeal(qint64 id) const;
    Totals totals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QList<qint64> idsFromMime(const QMimeData *data);

Q_SIGNALS:
    // Queued: the view's drag has finished when it arrives, so a dialog may open.
    void dropRequested(const QList<qint64> &ids, const QString &stage, qint64 beforeId);
    void totalsChanged();

private:
    void rebuild();
    bool accepts(const Deal &deal) const;
    int insertionRow(const Deal &deal) const;
    void onChanged(int storeRow, const Deal &before);
    void onAppended(int storeRow);
    QString accessibleText(const Deal &deal) const;

    const DealStore *m_store;
    QString m_stage;
    BoardFilter m_filter;
    QDate m_today;
    QList<int> m_rows; // store rows, in column order
};

} // namespace dealboard
