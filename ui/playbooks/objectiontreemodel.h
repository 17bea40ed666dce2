#pragma once

#include "playbook/objection.h"

#include <QAbstractItemModel>
#include <QList>

namespace dealboard {

// The objection library as a tree: the five categories, each with its objections (one
// column). An objection's tooltip and SearchRole are its answer.
class ObjectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        AnswerRole,
        CategoryRole, // on categories and objections
        HiddenRole,
        BuiltInRole,
        EditedRole,
    };

    explicit ObjectionTreeModel(QObject *parent = nullptr);

    void setObjections(const QList<Objection> &objections);
    const QList<Objection> &objections() const { return m_objections; }
    // The objection of an index, nullptr for a category.
    const Objection *objectionAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // Per category (Objection::categories() order), the rows of m_objections.
    QList<QList<int>> m_byCategory;
    QList<Objection> m_objections;
};

} // namespace dealboard
