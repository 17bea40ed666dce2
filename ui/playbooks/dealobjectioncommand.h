#pragma once

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Logs an objection met on a deal (undo removes it, redo brings the same row back), or removes
// one logged (undo restores it). A failure says why and makes the command obsolete.
// `notify` runs after every successful redo() and undo().
class DealObjectionCommand : public QUndoCommand
{
public:
    // Log `objectionKey` on `dealId` with `note`.
    DealObjectionCommand(Database &db, qint64 dealId, QString objectionKey, QString note,
                         const QString &text, std::function<void()> notify);
    // Remove the logged objection `id`.
    DealObjectionCommand(Database &db, qint64 id, const QString &text,
                         std::function<void()> notify);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }
    qint64 rowId() const { return m_id; }

private:
    void fail(const QString &message);
    void done();

    Database &m_db;
    const bool m_log;
    qint64 m_id = 0; // the row, once logged
    qint64 m_dealId = 0;
    QString m_key;
    QString m_note;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
