#include "lostdropzone.h"

#include "boardcolumnmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace dealboard {

LostDropZone::LostDropZone(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("lostDropZone"));
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumHeight(40);
    setText(tr("Drop a deal here to mark it lost (you will be asked why)"));
    setForegroundRole(QPalette::PlaceholderText);
}

void LostDropZone::setHighlighted(bool on)
{
    setForegroundRole(on ? QPalette::Highlight : QPalette::PlaceholderText);
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
}

void LostDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!BoardColumnModel::idsFromMime(event->mimeData()).isEmpty() &&
        (event->possibleActions() & Qt::MoveAction)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setHighlighted(true);
    }
}

void LostDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    if (!BoardColumnModel::idsFromMime(event->mimeData()).isEmpty() &&
        (event->possibleActions() & Qt::MoveAction)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void LostDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QLabel::dragLeaveEvent(event);
}

void LostDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QList<qint64> ids = BoardColumnModel::idsFromMime(event->mimeData());
    if (ids.isEmpty())
        return;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drag returns, so the reason dialog does not open inside it.
    QMetaObject::invokeMethod(
        this, [this, ids] { Q_EMIT dropped(ids); }, Qt::QueuedConnection);
}

} // namespace dealboard
