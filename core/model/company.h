#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

struct Company
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    QString segment; // a playbook segment key, or empty
    QString sector;
    QString website;
    QString source;
    QString externalId; // the CRM it was imported from
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace dealboard
