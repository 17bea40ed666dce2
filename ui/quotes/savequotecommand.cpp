#include "savequotecommand.h"

#include "messagebox.h"
#include "storage/database.h"
#include "storage/quoterepository.h"

#include <QCoreApplication>

namespace dealboard {

SaveQuoteCommand::SaveQuoteCommand(Database &db, Quote after, std::optional<Quote> before,
                                   qint64 reviseFrom, std::function<void()> notify)
    : m_db(db)
    , m_after(std::move(after))
    , m_before(std::move(before))
    , m_reviseFrom(reviseFrom)
    , m_notify(std::move(notify))
{
    if (m_before)
        setText(QCoreApplication::translate("dealboard::Undo", "Edit quote %1")
                    .arg(m_before->displayNumber()));
    else if (m_reviseFrom)
        setText(QCoreApplication::translate("dealboard::Undo", "New revision of quote %1")
                    .arg(m_after.number));
    else
        setText(QCoreApplication::translate("dealboard::Undo", "New quote"));
}

void SaveQuoteCommand::fail(const QString &title, const QString &message)
{
    m_failed = true;
    MessageBox::critical(nullptr, title, message);
    setObsolete(true);
}

Status SaveQuoteCommand::create()
{
    QuoteRepository quotes(m_db);
    if (!m_reviseFrom) {
        m_after.id = 0;
        const Result<qint64> id = quotes.create(m_after);
        return id ? Status() : Status(id.error());
    }
    Database::Transaction tx(m_db);
    const Result<qint64> id = quotes.revise(m_reviseFrom);
    if (!id)
        return id.error();
    const Result<Quote> revision = quotes.find(*id);
    if (!revision)
        return revision.error();
    // The edited content on the new revision's identity (number, revision, dates).
    Quote content = m_after;
    content.id = revision->id;
    content.number = revision->number;
    content.revision = revision->revision;
    content.previousId = revision->previousId;
    content.status = revision->status;
    content.createdAt = revision->createdAt;
    content.sentAt = {};
    content.signature.reset();
    if (Status s = quotes.update(content); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_after = content;
    return {};
}

void SaveQuoteCommand::redo()
{
    const Status s = m_before ? QuoteRepository(m_db).update(m_after) : create();
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot save the quote"),
             s.errorMessage());
    else if (!m_before)
        setText(m_reviseFrom ? QCoreApplication::translate("dealboard::Undo", "New revision %1")
                                   .arg(m_after.displayNumber())
                             : QCoreApplication::translate("dealboard::Undo", "New quote %1")
                                   .arg(m_after.displayNumber()));
    if (m_notify)
        m_notify();
}

void SaveQuoteCommand::undo()
{
    QuoteRepository quotes(m_db);
    Status s;
    if (m_before) {
        Quote before = *m_before;
        s = quotes.update(before);
    } else {
        s = quotes.remove(m_after.id);
    }
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot undo"), s.errorMessage());
    if (m_notify)
        m_notify();
}

} // namespace dealboard
