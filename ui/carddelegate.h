#pragma once

#include <QStyledItemDelegate>

namespace dealboard {

class BoardColumnModel;

// Paints a deal as a card: company and BANT+ badge, title, MRR and days in stage (with the
// rotting mark), next step and its due date (red when overdue), the close date when passed.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dealboard
