#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

// One row of the append-only event log: what changed, when, by whom.
struct Event
{
    enum class Kind
    {
        Created,
        Edited,
        Moved,
        Lost,
        Won,
        Deleted,
        Restored,
        Checked,   // a gate criterion ticked: field = its key
        Qualified, // a BANT+ qualification: new_value = the total
        Undone,    // detail = the id of the event it cancels
    };
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);

    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity; // "deal", "company", "contact"
    qint64 entityId = 0;
    Kind kind = Kind::Created;
    QString field;    // for Edited
    QString oldValue; // for Edited and Moved (the old stage)
    QString newValue;
    QString detail; // for Lost: the reason key, then the competitor after a newline
};

} // namespace dealboard
