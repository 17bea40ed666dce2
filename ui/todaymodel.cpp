#include "todaymodel.h"

#include "palette.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// internalId: 0 a group; 1..4 an item of group id-1; from 8 a checklist line, the item's row
// + 1 shifted left by 3 over the group.
constexpr quintptr kLineShift = 3;

bool isLine(quintptr id)
{
    return id >= (quintptr(1) << kLineShift);
}

} // namespace

TodayModel::TodayModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TodayModel::setAgenda(const Agenda &agenda, const QDateTime &now)
{
    beginResetModel();
    m_agenda = agenda;
    m_now = now;
    endResetModel();
}

const QList<AgendaItem> &TodayModel::group(int g) const
{
    switch (g) {
    case NewLeads:
        return m_agenda.newLeads;
    case Replies:
        return m_agenda.replies;
    case FollowUps:
        return m_agenda.followUps;
    default:
        return m_agenda.demos;
    }
}

QStringList TodayModel::checklist(const AgendaItem &item) const
{
    if (!item.activity.rule.startsWith("demo-prep:"_L1))
        return {};
    QStringList lines;
    for (const QString &line : item.activity.note.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

const AgendaItem *TodayModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || isLine(index.internalId()))
        return nullptr;
    const QList<AgendaItem> &items = group(int(index.internalId()) - 1);
    return index.row() < items.size() ? &items.at(index.row()) : nullptr;
}

QModelIndex TodayModel::indexOf(qint64 activityId) const
{
    for (int g = 0; g < GroupCount; ++g) {
        const QList<AgendaItem> &items = group(g);
        for (int row = 0; row < items.size(); ++row)
            if (items.at(row).activity.id == activityId)
                return createIndex(row, 0, quintptr(g) + 1);
    }
    return {};
}

QString TodayModel::groupTitle(int g)
{
    switch (g) {
    case NewLeads:
        return tr("New leads to answer");
    case Replies:
        return tr("Replies to send");
    case FollowUps:
        return tr("Follow-ups due today and overdue");
    default:
        return tr("Today's demos");
    }
}

QString TodayModel::timeLeft(qint64 minutes)
{
    const qint64 m = minutes < 0 ? -minutes : minutes;
    const QString span = m >= 60 ? tr("%1 h %2 min").arg(m / 60).arg(m % 60) : tr("%1 min").arg(m);
    return minutes < 0 ? tr("%1 late").arg(span) : tr("%1 left").arg(span);
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    const quintptr groupOf = parent.internalId() - 1;
    return createIndex(row, column, ((quintptr(parent.row()) + 1) << kLineShift) | groupOf);
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (!isLine(id))
        return createIndex(int(id) - 1, 0, quintptr(0));
    const int groupOf = int(id & ((quintptr(1) << kLineShift) - 1));
    return createIndex(int(id >> kLineShift) - 1, 0, quintptr(groupOf) + 1);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return static_cast<int>(group(parent.row()).size());
    if (isLine(parent.internalId()))
        return 0;
    const AgendaItem *it = item(parent);
    return it ? static_cast<int>(checklist(*it).size()) : 0;
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TodayModel::dueText(const AgendaItem &item, int g) const
{
    if (g == NewLeads)
        return timeLeft(item.minutesLeft);
    const Activity &a = item.activity;
    const QLocale locale;
    const QDate today = m_now.toLocalTime().date();
    QString when = a.due == today ? tr("Today") : locale.toString(a.due, QLocale::ShortFormat);
    if (a.dueTime.isValid())
        when = a.due == today ? a.dueTime.toString(u"HH:mm"_s)
                              : tr("%1 %2").arg(when, a.dueTime.toString(u"HH:mm"_s));
    return item.overdue ? tr("Overdue · %1").arg(when) : when;
}

QVariant TodayModel::agendaData(const AgendaItem &it, int g, int column, int role) const
{
    const Activity &a = it.activity;
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return a.title;
        if (column == AboutColumn) {
            QStringList about{it.dealTitle, it.companyName};
            if (!it.contactName.isEmpty())
                about << it.contactName;
            return about.join(u" · "_s);
        }
        return dueText(it, g);
    case Qt::ForegroundRole:
        if (column == DueColumn && it.overdue)
            return Palette::overdue(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole: {
        QStringList tip{a.title};
        if (!a.note.isEmpty())
            tip << a.note;
        return tip.join(u"\n\n"_s);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(a.title, agendaData(it, g, AboutColumn, Qt::DisplayRole).toString(),
                 dueText(it, g));
    case ActivityIdRole:
        return a.id;
    case DealIdRole:
        return a.dealId;
    case GroupRole:
        return g;
    case OverdueRole:
        return it.overdue;
    default:
        return {};
    }
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const int count = static_cast<int>(group(index.row()).size());
        if (role == GroupRole)
            return index.row();
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (index.column() != TitleColumn)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 (%2)").arg(groupTitle(index.row())).arg(count);
        return {};
    }
    if (isLine(id)) {
        const AgendaItem *owner = item(parent(index));
        if (!owner || index.column() != TitleColumn)
            return {};
        const QStringList lines = checklist(*owner);
        if (index.row() >= lines.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("☐ %1").arg(lines.at(index.row()));
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    const AgendaItem *it = item(index);
    return it ? agendaData(*it, int(id) - 1, index.column(), role) : QVariant();
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("To do");
    case AboutColumn:
        return tr("Deal · company · contact");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

Qt::ItemFlags TodayModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const quintptr id = index.internalId();
    if (id == 0 || isLine(id))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dealboard
