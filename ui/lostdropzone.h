#pragma once

#include <QLabel>

namespace dealboard {

// The strip under the board where a card is dropped to mark its deal lost.
class LostDropZone : public QLabel
{
    Q_OBJECT

public:
    explicit LostDropZone(QWidget *parent = nullptr);

Q_SIGNALS:
    void dropped(const QList<qint64> &ids);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);
};

} // namespace dealboard
