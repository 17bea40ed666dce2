#include "objectiontreemodel.h"

#include "playbookfiltermodel.h"
#include "storage/objectionrepository.h"

#include <QFont>

namespace dealboard {

namespace {
// An objection's internal id is its category's row + 1; a category's is 0.
constexpr quintptr kCategoryId = 0;
} // namespace

ObjectionTreeModel::ObjectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_byCategory(Objection::categories().size())
{}

void ObjectionTreeModel::setObjections(const QList<Objection> &objections)
{
    beginResetModel();
    m_objections = objections;
    m_byCategory = QList<QList<int>>(Objection::categories().size());
    for (int i = 0; i < m_objections.size(); ++i) {
        const qsizetype category = Objection::categories().indexOf(m_objections.at(i).category);
        if (category >= 0)
            m_byCategory[category].append(i);
    }
    endResetModel();
}

const Objection *ObjectionTreeModel::objectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kCategoryId)
        return nullptr;
    const auto category = qsizetype(index.internalId() - 1);
    return &m_objections.at(m_byCategory.at(category).at(index.row()));
}

QModelIndex ObjectionTreeModel::indexOf(const QString &key) const
{
    for (qsizetype c = 0; c < m_byCategory.size(); ++c)
        for (qsizetype r = 0; r < m_byCategory.at(c).size(); ++r)
            if (m_objections.at(m_byCategory.at(c).at(r)).key == key)
                return createIndex(int(r), 0, quintptr(c + 1));
    return {};
}

QModelIndex ObjectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ObjectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryId);
}

int ObjectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_byCategory.size());
    if (parent.column() != 0 || parent.internalId() != kCategoryId)
        return 0;
    return int(m_byCategory.at(parent.row()).size());
}

int ObjectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ObjectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Objection *o = objectionAt(index);
    if (!o) {
        const QString category = Objection::categories().at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)")
                .arg(ObjectionRepository::categoryName(category))
                .arg(m_byCategory.at(index.row()).size());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case CategoryRole:
            return category;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return o->hidden ? tr("%1 (hidden)").arg(o->objection) : o->objection;
    case Qt::ToolTipRole:
    case AnswerRole:
    case PlaybookFilterModel::SearchRole:
        return o->answer;
    case Qt::FontRole:
        if (o->hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KeyRole:
        return o->key;
    case CategoryRole:
        return o->category;
    case HiddenRole:
        return o->hidden;
    case BuiltInRole:
        return o->builtIn;
    case EditedRole:
        return o->edited;
    default:
        return {};
    }
}

Qt::ItemFlags ObjectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dealboard
