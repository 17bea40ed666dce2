#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

// One import as recorded in import_batches.
struct ImportBatch
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString fileName;
    QString source; // "hubspot", "pipedrive", "dealboard", "csv"
    QString entity; // "deal", "company", "contact"
    qint64 rows = 0;
    qint64 skipped = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 firstEvent = 0; // the events it logged: firstEvent…lastEvent (0: none)
    qint64 lastEvent = 0;
    QDateTime undoneAt; // invalid: not undone
};

} // namespace dealboard
