#pragma once

#include "rules/todayagenda.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace dealboard {

// The Today view as a tree: the four groups of the daily ritual (§8.2), their activities, and
// under a demo's preparation the lines of its checklist (the prep activity's note).
// Columns: what to do, what it is about (deal · company · contact), when.
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group
    {
        NewLeads,
        Replies,
        FollowUps,
        Demos,
        GroupCount
    };
    enum Column
    {
        TitleColumn,
        AboutColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        ActivityIdRole = Qt::UserRole + 1, // 0 on a group or a checklist line
        DealIdRole,
        GroupRole,
        OverdueRole, // late on the 4-hour target, or due before now
    };

    explicit TodayModel(QObject *parent = nullptr);

    // `now` (UTC) dates the due times ("today", "35 min late").
    void setAgenda(const Agenda &agenda, const QDateTime &now);
    int itemCount() const { return static_cast<int>(m_agenda.size()); }
    const AgendaItem *item(const QModelIndex &index) const;
    // The first column's index of the activity, invalid when it is not listed.
    QModelIndex indexOf(qint64 activityId) const;
    static QString groupTitle(int group);
    // "1 h 20 min left", "35 min late".
    static QString timeLeft(qint64 minutes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const QList<AgendaItem> &group(int g) const;
    QStringList checklist(const AgendaItem &item) const;
    QVariant agendaData(const AgendaItem &item, int group, int column, int role) const;
    QString dueText(const AgendaItem &item, int group) const;

    Agenda m_agenda;
    QDateTime m_now;
};

} // namespace dealboard
