#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dealboard {

struct Contact
{
    // Keys stored in the database; BANT+ "Authority" reads the same scale.
    static QStringList decisionRoles()
    {
        return {QStringLiteral("user"), QStringLiteral("influencer"),
                QStringLiteral("decision-maker"), QStringLiteral("economic-buyer")};
    }

    qint64 id = 0;
    qint64 companyId = 0; // 0: none
    QString name;
    QString email;
    QString phone;
    QString role; // job title
    QString decisionRole;
    QString linkedin;
    QString externalId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace dealboard
