#pragma once

#include <QList>
#include <QObject>

class QUndoStack;
class QWidget;

namespace dealboard {

class Database;
class DealStore;

// What the user asks of deals (move, mark lost, reorder), decided through the core's
// DealWorkflow with the dialogs it needs (stage gates, lost reason), each change pushed as an
// undoable command. The board and the keyboard shortcuts call it; it never paints.
class DealActions : public QObject
{
    Q_OBJECT

public:
    DealActions(QUndoStack *undoStack, DealStore *store, QWidget *dialogParent,
                QObject *parent = nullptr);

    void setDatabase(Database *database) { m_db = database; }

    // Returns how many deals moved.
    int moveDeals(const QList<qint64> &ids, const QString &stage, qint64 beforeId = 0);
    int markLost(const QList<qint64> &ids);
    bool reorder(qint64 id, qint64 beforeId);
    // The win/loss review of a closed deal, filled or edited later (undoable). False when
    // cancelled or the deal is open.
    bool editReview(qint64 id);
    // The deal editor; returns the saved deal's id, 0 when cancelled.
    qint64 editDeal(qint64 id);
    qint64 newDeal();
    // The BANT+ qualification dialog; saves the score and the follow-ups kept (and marks the
    // deal Lost / No fit when asked), as one undoable step. False when cancelled.
    bool qualify(qint64 id);
    // Qualifying from a contact: their open deal in the earliest stage (the newest if several),
    // 0 when they have no open deal.
    qint64 dealToQualify(qint64 contactId) const;

Q_SIGNALS:
    void dealMoved(qint64 id);

private:
    QString describe(const QList<qint64> &ids) const;

    QUndoStack *m_undoStack;
    DealStore *m_store;
    QWidget *m_dialogParent;
    Database *m_db = nullptr;
};

} // namespace dealboard
