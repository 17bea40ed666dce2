#include "dealobjectioncommand.h"

#include "messagebox.h"
#include "storage/dealobjectionrepository.h"

#include <QCoreApplication>

namespace dealboard {

DealObjectionCommand::DealObjectionCommand(Database &db, qint64 dealId, QString objectionKey,
                                           QString note, const QString &text,
                                           std::function<void()> notify)
    : QUndoCommand(text)
    , m_db(db)
    , m_log(true)
    , m_dealId(dealId)
    , m_key(std::move(objectionKey))
    , m_note(std::move(note))
    , m_notify(std::move(notify))
{}

DealObjectionCommand::DealObjectionCommand(Database &db, qint64 id, const QString &text,
                                           std::function<void()> notify)
    : QUndoCommand(text)
    , m_db(db)
    , m_log(false)
    , m_id(id)
    , m_notify(std::move(notify))
{}

void DealObjectionCommand::fail(const QString &message)
{
    m_failed = true;
    MessageBox::critical(
        nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot change the objections met"),
        message);
    setObsolete(true);
}

void DealObjectionCommand::done()
{
    if (m_notify)
        m_notify();
}

void DealObjectionCommand::redo()
{
    DealObjectionRepository repo(m_db);
    if (m_log && m_id == 0) {
        const Result<qint64> id = repo.log(m_dealId, m_key, m_note);
        if (!id) {
            fail(id.errorMessage());
            return;
        }
        m_id = *id;
        done();
        return;
    }
    if (Status s = m_log ? repo.restore(m_id) : repo.remove(m_id); !s) {
        fail(s.errorMessage());
        return;
    }
    done();
}

void DealObjectionCommand::undo()
{
    DealObjectionRepository repo(m_db);
    if (Status s = m_log ? repo.remove(m_id) : repo.restore(m_id); !s) {
        fail(s.errorMessage());
        return;
    }
    done();
}

} // namespace dealboard
