#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace dealboard {

// An open follow-up as a calendar entry: the activity and what it is about.
struct IcsEntry
{
    Activity activity;
    QString dealTitle;
    QString companyName;
};

// The due follow-ups as an iCalendar file (RFC 5545) for the founder's calendar: one VEVENT
// each, at its time (30 minutes) or over its day, with a stable UID so that importing the file
// again updates the same entries. Text is escaped and lines folded at 75 octets.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    static QByteArray document(const QList<IcsEntry> &entries, const QDateTime &stamp,
                               const QString &host);
    static Status writeFile(const QString &path, const QList<IcsEntry> &entries,
                            const QDateTime &stamp, const QString &host);
    static QString escaped(const QString &text);
    // Folds one content line (CRLF + space every 75 octets, never inside a UTF-8 sequence).
    static QByteArray folded(const QString &line);
};

} // namespace dealboard
