#pragma once

#include "model/activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dealboard::cli {

// How the activity commands read and show activities.
class ActivityFormat
{
    Q_DECLARE_TR_FUNCTIONS(ActivityFormat)

public:
    static QJsonObject toJson(const Activity &activity);
    // "2026-11-24" or "2026-11-24 14:30" / "2026-11-24T14:30" (local time).
    static Result<std::pair<QDate, QTime>> parseDue(const QString &text);
    static Result<Activity::Kind> parseKind(const QString &text);
    static Result<int> parseMinutes(const QString &text);
    // "2026-11-24 14:30" or "2026-11-24".
    static QString dueText(const Activity &activity);
};

} // namespace dealboard::cli
