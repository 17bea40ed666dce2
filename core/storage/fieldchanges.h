#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dealboard {

class EventLog;

// The fields an edit changed, as text, to become "edited" events (field, old, new).
class FieldChanges
{
public:
    void compare(const QString &field, const QString &before, const QString &after);
    void compare(const QString &field, qint64 before, qint64 after);
    void compare(const QString &field, bool before, bool after);
    void compare(const QString &field, const QDate &before, const QDate &after);

    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype size() const { return m_changes.size(); }
    Status record(EventLog &log, const QString &entity, qint64 id) const;

private:
    struct Change
    {
        QString field;
        QString before;
        QString after;
    };
    QList<Change> m_changes;
};

} // namespace dealboard
