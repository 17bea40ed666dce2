#include "activityformat.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QJsonObject ActivityFormat::toJson(const Activity &a)
{
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {u"id"_s, a.id},
        {u"deal_id"_s, a.dealId},
        {u"contact_id"_s, a.contactId > 0 ? QJsonValue(a.contactId) : QJsonValue()},
        {u"type"_s, Activity::kindKey(a.kind)},
        {u"title"_s, a.title},
        {u"due"_s, a.due.toString(Qt::ISODate)},
        {u"due_time"_s,
         a.dueTime.isValid() ? QJsonValue(a.dueTime.toString(u"HH:mm"_s)) : QJsonValue()},
        {u"done"_s, a.isDone()},
        {u"done_at"_s,
         a.isDone() ? QJsonValue(a.doneAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {u"note"_s, textOrNull(a.note)},
        {u"outcome"_s, textOrNull(a.outcome)},
        {u"category"_s, textOrNull(a.category)},
        {u"minutes"_s, a.minutes},
        {u"rule"_s, textOrNull(a.rule)},
    };
}

Result<std::pair<QDate, QTime>> ActivityFormat::parseDue(const QString &text)
{
    QString t = text.trimmed();
    t.replace(u'T', u' ');
    const QStringList parts = t.split(u' ', Qt::SkipEmptyParts);
    const QDate day = parts.isEmpty() ? QDate() : QDate::fromString(parts.first(), Qt::ISODate);
    QTime time;
    if (parts.size() == 2) // local time of day, minutes at most ("14:30Z" is refused)
        time = QTime::fromString(parts.at(1), parts.at(1).size() == 8 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (!day.isValid() || parts.size() > 2 || (parts.size() == 2 && !time.isValid()))
        return userError(tr("\"%1\" is no date: write 2026-11-24 or 2026-11-24 14:30.").arg(text));
    return std::pair{day, time};
}

Result<Activity::Kind> ActivityFormat::parseKind(const QString &text)
{
    QStringList keys;
    for (const Activity::Kind k : Activity::kinds()) {
        if (Activity::kindKey(k) == text)
            return k;
        keys << Activity::kindKey(k);
    }
    if (text == "meeting"_L1)
        return Activity::Kind::Demo;
    return userError(
        tr("Unknown type \"%1\"; use one of: %2 (meeting is demo).").arg(text, keys.join(u", "_s)));
}

Result<int> ActivityFormat::parseMinutes(const QString &text)
{
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!ok)
        return userError(tr("\"%1\" is not a number of minutes.").arg(text));
    return minutes;
}

QString ActivityFormat::dueText(const Activity &a)
{
    return a.due.toString(Qt::ISODate) +
           (a.dueTime.isValid() ? u" "_s + a.dueTime.toString(u"HH:mm"_s) : QString());
}

} // namespace dealboard::cli
