#include "icswriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace dealboard {

QString IcsWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray IcsWriter::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype width = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // A whole UTF-8 sequence at a time: its length from its lead byte.
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        const qsizetype length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        const qsizetype n = std::min(length, utf8.size() - i);
        if (width + n > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, n);
        width += n;
        i += n;
    }
    return out + "\r\n";
}

QByteArray IcsWriter::document(const QList<IcsEntry> &entries, const QDateTime &stamp,
                               const QString &host)
{
    const QString utc = u"yyyyMMdd'T'HHmmss'Z'"_s;
    QByteArray out;
    out += folded(u"BEGIN:VCALENDAR"_s);
    out += folded(u"VERSION:2.0"_s);
    out += folded(u"PRODID:-//Dealboard//Follow-ups//EN"_s);
    out += folded(u"CALSCALE:GREGORIAN"_s);
    for (const IcsEntry &e : entries) {
        const Activity &a = e.activity;
        out += folded(u"BEGIN:VEVENT"_s);
        // A rule's follow-up is one per deal and rule: named so, it keeps its UID whether it
        // was written yet or only shown (a read-only database).
        out += folded(a.rule.isEmpty() ? u"UID:activity-%1@%2"_s.arg(a.id).arg(host)
                                       : u"UID:deal-%1-%2@%3"_s.arg(a.dealId).arg(a.rule, host));
        out += folded(u"DTSTAMP:"_s + stamp.toUTC().toString(utc));
        if (a.dueTime.isValid()) {
            const QDateTime start = QDateTime(a.due, a.dueTime).toUTC();
            out += folded(u"DTSTART:"_s + start.toString(utc));
            out += folded(u"DTEND:"_s + start.addSecs(30 * 60).toString(utc));
        } else {
            out += folded(u"DTSTART;VALUE=DATE:"_s + a.due.toString(u"yyyyMMdd"_s));
            out += folded(u"DTEND;VALUE=DATE:"_s + a.due.addDays(1).toString(u"yyyyMMdd"_s));
        }
        out += folded(u"SUMMARY:"_s + escaped(a.title));
        QString description = tr("Deal: %1 (%2)").arg(e.dealTitle, e.companyName);
        if (!a.note.isEmpty())
            description += u"\n\n"_s + a.note;
        out += folded(u"DESCRIPTION:"_s + escaped(description));
        out += folded(u"CATEGORIES:"_s + escaped(Activity::kindKey(a.kind)));
        out += folded(u"END:VEVENT"_s);
    }
    out += folded(u"END:VCALENDAR"_s);
    return out;
}

Status IcsWriter::writeFile(const QString &path, const QList<IcsEntry> &entries,
                            const QDateTime &stamp, const QString &host)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = document(entries, stamp, host);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return userError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace dealboard
