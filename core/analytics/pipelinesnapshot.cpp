#include "pipelinesnapshot.h"

#include "model/event.h"
#include "storage/database.h"
#include "storage/dealrow.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// What the snapshot tracks; each is a value that events set.
enum Track
{
    StageTrack,
    MrrTrack,
    VerbalTrack,
    TimelineTrack,
    CloseTrack,
    TrackCount
};

enum class Kind
{
    Created,
    StageChange, // moved, won, lost
    Edited,
    Deleted,
    Restored,
    Undone,
};

struct LogRow
{
    qint64 id = 0;
    qint64 atMs = 0;
    Kind kind = Kind::Edited;
    int track = -1; // for Created, StageChange and Edited
    QString oldValue;
    QString newValue;
    qint64 undoes = 0; // for Undone
};

// The value of one track at the cut-off: the last one set before it, else the value the first
// later change replaced.
struct TrackState
{
    bool hasBefore = false;
    QString before;
    bool hasAfter = false;
    QString afterOld;
};

struct DealState
{
    std::array<TrackState, TrackCount> tracks;
    bool hasCreated = false;
    bool createdBefore = false;
    int deletedBefore = -1; // -1: no delete/restore before the cut-off, 0: restored, 1: deleted
    int deletedAfter = -1;  // the first later one: 1 deleted (so it was not), 0 restored
    qint64 stageEnteredMs = 0;
};

DealState replay(const std::vector<LogRow> &rows, qint64 cutoffMs)
{
    QVarLengthArray<qint64, 8> undone;
    for (const LogRow &r : rows)
        if (r.kind == Kind::Undone)
            undone.append(r.undoes);
    DealState s;
    for (const LogRow &r : rows) {
        if (r.kind == Kind::Undone || undone.contains(r.id))
            continue;
        const bool before = r.atMs < cutoffMs;
        switch (r.kind) {
        case Kind::Created:
            s.hasCreated = true;
            s.createdBefore = before;
            break;
        case Kind::Deleted:
        case Kind::Restored:
            if (before)
                s.deletedBefore = r.kind == Kind::Deleted ? 1 : 0;
            else if (s.deletedAfter < 0)
                s.deletedAfter = r.kind == Kind::Deleted ? 1 : 0;
            break;
        default:
            break;
        }
        if (r.track < 0)
            continue;
        TrackState &t = s.tracks[std::size_t(r.track)];
        if (before) {
            t.hasBefore = true;
            t.before = r.newValue;
            if (r.track == StageTrack)
                s.stageEnteredMs = r.atMs;
        } else if (!t.hasAfter && r.kind != Kind::Created) {
            t.hasAfter = true;
            t.afterOld = r.oldValue;
        }
    }
    return s;
}

// Applies the replayed state to the deal as it is now; false when it did not exist then.
bool apply(const DealState &s, bool deletedNow, qint64 cutoffMs, Deal &d)
{
    const bool created =
        s.hasCreated ? s.createdBefore
                     : (!d.createdAt.isValid() || d.createdAt.toMSecsSinceEpoch() < cutoffMs);
    if (!created)
        return false;
    const bool deleted = s.deletedBefore >= 0  ? s.deletedBefore == 1
                         : s.deletedAfter >= 0 ? s.deletedAfter == 0
                                               : deletedNow;
    if (deleted)
        return false;
    const auto value = [&s](Track track, QString *out) {
        const TrackState &t = s.tracks[std::size_t(track)];
        if (t.hasBefore)
            *out = t.before;
        else if (t.hasAfter)
            *out = t.afterOld;
        else
            return false;
        return true;
    };
    QString v;
    if (value(StageTrack, &v) && !v.isEmpty()) {
        d.stage = v;
        if (s.tracks[StageTrack].hasBefore)
            d.stageEnteredAt = QDateTime::fromMSecsSinceEpoch(s.stageEnteredMs, Qt::UTC);
    }
    if (value(MrrTrack, &v))
        d.mrr = Money(v.toLongLong(), d.mrr.currency());
    if (value(VerbalTrack, &v))
        d.verbalAgreement = v == u"1"_s;
    if (value(TimelineTrack, &v))
        d.timelineConfirmed = v == u"1"_s;
    if (value(CloseTrack, &v))
        d.expectedClose = QDate::fromString(v, Qt::ISODate);
    return true;
}

} // namespace

Result<QList<Deal>> PipelineSnapshot::asOf(Database &db, const QDate &date)
{
    if (!date.isValid())
        return userError(tr("The snapshot date is not valid."));
    const qint64 cutoffMs = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    // Every deal, deleted ones too: one deleted since may have been there on that day.
    QList<Deal> deals;
    QSet<qint64> deletedNow;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id FROM deals WHERE deleted_at IS NOT NULL"_s))
            return db.sqlError(q, tr("reading the deals"));
        while (q.next())
            deletedNow.insert(q.value(0).toLongLong());
        if (!q.exec(DealRow::select() + u"ORDER BY d.id"_s))
            return db.sqlError(q, tr("reading the deals"));
        while (q.next())
            deals.append(DealRow::read(q));
    }
    QHash<qint64, qsizetype> index;
    index.reserve(deals.size());
    for (qsizetype i = 0; i < deals.size(); ++i)
        index.insert(deals.at(i).id, i);
    std::vector<bool> keep(std::size_t(deals.size()), false);
    std::vector<bool> seen(std::size_t(deals.size()), false);

    const QString created = Event::kindKey(Event::Kind::Created);
    const QString moved = Event::kindKey(Event::Kind::Moved);
    const QString won = Event::kindKey(Event::Kind::Won);
    const QString lost = Event::kindKey(Event::Kind::Lost);
    const QString edited = Event::kindKey(Event::Kind::Edited);
    const QString deletedKey = Event::kindKey(Event::Kind::Deleted);
    const QString restored = Event::kindKey(Event::Kind::Restored);
    const QString undoneKey = Event::kindKey(Event::Kind::Undone);
    const QHash<QString, int> fields{{u"mrr_cents"_s, MrrTrack},
                                     {u"verbal_agreement"_s, VerbalTrack},
                                     {u"timeline_confirmed"_s, TimelineTrack},
                                     {u"expected_close"_s, CloseTrack}};

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, entity_id, kind, field, old_value, new_value, detail FROM events "
              "WHERE entity = 'deal' AND (kind <> ? OR field IN (?, ?, ?, ?)) "
              "ORDER BY entity_id, id"_s);
    q.addBindValue(edited);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        q.addBindValue(it.key());
    if (!q.exec())
        return db.sqlError(q, tr("reading the history"));

    std::vector<LogRow> rows;
    qint64 current = -1;
    const auto flush = [&]() {
        const auto it = index.constFind(current);
        if (it != index.cend()) {
            Deal &d = deals[it.value()];
            keep[std::size_t(it.value())] =
                apply(replay(rows, cutoffMs), deletedNow.contains(d.id), cutoffMs, d);
            seen[std::size_t(it.value())] = true;
        }
        rows.clear();
    };
    while (q.next()) {
        const qint64 entityId = q.value(2).toLongLong();
        if (entityId != current) {
            flush();
            current = entityId;
        }
        LogRow r;
        r.id = q.value(0).toLongLong();
        r.atMs = q.value(1).toLongLong();
        const QString kind = q.value(3).toString();
        if (kind == created) {
            r.kind = Kind::Created;
            r.track = StageTrack;
        } else if (kind == moved || kind == won || kind == lost) {
            r.kind = Kind::StageChange;
            r.track = StageTrack;
        } else if (kind == edited) {
            r.kind = Kind::Edited;
            r.track = fields.value(q.value(4).toString(), -1);
        } else if (kind == deletedKey) {
            r.kind = Kind::Deleted;
        } else if (kind == restored) {
            r.kind = Kind::Restored;
        } else if (kind == undoneKey) {
            r.kind = Kind::Undone;
            r.undoes = q.value(7).toLongLong();
        } else {
            continue; // checked, qualified: nothing the snapshot tracks
        }
        if (r.track >= 0) {
            r.oldValue = q.value(5).toString();
            r.newValue = q.value(6).toString();
        }
        rows.push_back(std::move(r));
    }
    flush();
    q.finish();

    QList<Deal> out;
    out.reserve(deals.size());
    for (qsizetype i = 0; i < deals.size(); ++i) {
        // A deal without any event is what the table says, if it was created by then.
        if (!seen[std::size_t(i)])
            keep[std::size_t(i)] =
                apply(DealState{}, deletedNow.contains(deals.at(i).id), cutoffMs, deals[i]);
        if (keep[std::size_t(i)])
            out.append(std::move(deals[i]));
    }
    return out;
}

} // namespace dealboard
