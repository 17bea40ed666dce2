#include "wrappingdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QTreeView>

namespace dealboard {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideNone);
    view->viewport()->installEventFilter(this);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = std::max(80, m_view->viewport()->width() - depth * m_view->indentation());
    opt.rect = QRect(0, 0, width, 1000);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), m_view);
    size.setWidth(std::min(size.width(), width));
    return size;
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_view->viewport()->width() != m_width) {
        m_width = m_view->viewport()->width();
        QMetaObject::invokeMethod(m_view, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace dealboard
