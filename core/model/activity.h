#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dealboard {

// A task or touchpoint on a deal: a call to make, an email to send, a requalification.
// The Today view lists the open ones by due date.
struct Activity
{
    enum class Kind
    {
        Call,
        Email,
        Demo,
        Task
    };
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);

    qint64 id = 0;
    qint64 dealId = 0;
    Kind kind = Kind::Task;
    QString title;
    QDate due;
    QDateTime doneAt; // invalid: still to do
    QDateTime createdAt;
    QString note;
};

} // namespace dealboard
