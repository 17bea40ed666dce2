#pragma once

#include "model/dealobjection.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace dealboard {

// The objections met on one deal, the latest first: "On est bien sur AWS · 24/11/2026",
// the note in the tooltip.
class DealObjectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KeyRole,
    };

    explicit DealObjectionListModel(QObject *parent = nullptr);

    // `texts`: objection key → its text in the library's language (a key without one is shown
    // as it is, e.g. an objection since hidden and reset).
    void setObjections(const QList<DealObjection> &met, const QHash<QString, QString> &texts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DealObjection> m_met;
    QHash<QString, QString> m_texts;
};

} // namespace dealboard
