#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace dealboard {

// A task or touchpoint on a deal: a call to make, an email to send, a demo, a note. The Today
// view lists the open ones by due date; the playbook's rules make some of them by themselves
// (`rule`), which the user then edits like any other.
struct Activity
{
    enum class Kind
    {
        Call,
        Email,
        Demo, // a meeting or demo
        Task,
        Note,
    };
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    static QList<Kind> kinds();
    // The founder's time (§1.1), as stored: inbound & qualification, demos & calls, pipeline &
    // closing, customer success, partnerships.
    static QStringList categories();

    qint64 id = 0;
    qint64 dealId = 0;
    qint64 contactId = 0; // 0: none
    Kind kind = Kind::Task;
    QString title;
    QDate due;
    QTime dueTime;    // invalid: some time that day
    QDateTime doneAt; // invalid: still to do
    QDateTime createdAt;
    QString note;
    QString outcome;  // how it went, once done
    QString category; // a categories() key, or empty
    int minutes = 0;  // time logged
    QString rule;     // the playbook rule that made it; empty when added by hand

    bool isDone() const { return doneAt.isValid(); }
    // When it falls due: its time that day, else the end of the day (local time).
    QDateTime dueAt() const
    {
        return QDateTime(due, dueTime.isValid() ? dueTime : QTime(23, 59, 59));
    }
};

} // namespace dealboard
