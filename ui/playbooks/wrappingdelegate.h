#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dealboard {

// Wraps long steps onto more lines in a narrow tree (the Playbooks panel) instead of eliding
// them: a row is as tall as its text at the view's width, and the rows are laid out again
// when the view's width changes.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    int m_width = -1;
};

} // namespace dealboard
