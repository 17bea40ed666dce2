#include "changeobjectioncommand.h"

#include "messagebox.h"
#include "storage/objectionrepository.h"

#include <QCoreApplication>

namespace dealboard {

namespace {

QString describe(ChangeObjectionCommand::Change change, const QString &objection)
{
    const char *text = nullptr;
    switch (change) {
    case ChangeObjectionCommand::Change::Save:
        text = QT_TRANSLATE_NOOP("dealboard::Undo", "Edit Objection “%1”");
        break;
    case ChangeObjectionCommand::Change::Add:
        text = QT_TRANSLATE_NOOP("dealboard::Undo", "Add Objection “%1”");
        break;
    case ChangeObjectionCommand::Change::Hide:
        text = QT_TRANSLATE_NOOP("dealboard::Undo", "Hide Objection “%1”");
        break;
    case ChangeObjectionCommand::Change::Reset:
        text = QT_TRANSLATE_NOOP("dealboard::Undo", "Reset Objection “%1”");
        break;
    }
    return QCoreApplication::translate("dealboard::Undo", text).arg(objection);
}

} // namespace

ChangeObjectionCommand::ChangeObjectionCommand(Database &db, Change change, Objection objection,
                                               std::function<void()> notify)
    : QUndoCommand(describe(change, objection.objection))
    , m_db(db)
    , m_change(change)
    , m_objection(std::move(objection))
    , m_notify(std::move(notify))
{
    if (m_change != Change::Add) {
        const Result<std::optional<Objection>> before =
            ObjectionRepository(m_db).storedRow(m_objection.key, m_objection.language);
        if (before)
            m_before = *before;
        else
            fail(before.errorMessage());
    }
}

void ChangeObjectionCommand::fail(const QString &message)
{
    m_failed = true;
    MessageBox::critical(
        nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot change the objection"),
        message);
    setObsolete(true);
}

void ChangeObjectionCommand::redo()
{
    if (m_failed)
        return;
    ObjectionRepository repo(m_db);
    Status s;
    switch (m_change) {
    case Change::Save:
        s = repo.save(m_objection);
        break;
    case Change::Add:
        if (m_objection.key.isEmpty()) {
            const Result<QString> key = repo.add(m_objection);
            if (!key) {
                fail(key.errorMessage());
                return;
            }
            m_objection.key = *key;
        } else if (const Result<QString> again = repo.add(m_objection); !again) {
            s = again.error();
        }
        break;
    case Change::Hide:
        s = repo.hide(m_objection.key, m_objection.language);
        break;
    case Change::Reset:
        s = repo.reset(m_objection.key, m_objection.language);
        break;
    }
    if (!s) {
        fail(s.errorMessage());
        return;
    }
    if (m_notify)
        m_notify();
}

void ChangeObjectionCommand::undo()
{
    if (Status s =
            ObjectionRepository(m_db).restoreRow(m_objection.key, m_objection.language, m_before);
        !s) {
        fail(s.errorMessage());
        return;
    }
    if (m_notify)
        m_notify();
}

} // namespace dealboard
