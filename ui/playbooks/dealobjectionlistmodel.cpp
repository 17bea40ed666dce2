#include "dealobjectionlistmodel.h"

#include "storage/objectionrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

DealObjectionListModel::DealObjectionListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DealObjectionListModel::setObjections(const QList<DealObjection> &met,
                                           const QHash<QString, QString> &texts)
{
    beginResetModel();
    m_met = met;
    m_texts = texts;
    endResetModel();
}

int DealObjectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_met.size());
}

QVariant DealObjectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealObjection &o = m_met.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = QLocale().toString(o.metAt.toLocalTime().date(), QLocale::ShortFormat);
        const QString text = m_texts.value(o.objectionKey, o.objectionKey);
        return o.note.isEmpty() ? tr("%1 · %2").arg(text, date)
                                : tr("%1 · %2 · %3").arg(text, date, o.note);
    }
    case Qt::ToolTipRole:
        return tr("%1, met on %2")
                   .arg(ObjectionRepository::categoryName(o.category),
                        QLocale().toString(o.metAt.toLocalTime(), QLocale::LongFormat)) +
               (o.note.isEmpty() ? QString() : u"\n"_s + o.note);
    case IdRole:
        return o.id;
    case KeyRole:
        return o.objectionKey;
    default:
        return {};
    }
}

} // namespace dealboard
