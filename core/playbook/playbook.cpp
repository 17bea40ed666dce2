#include "playbook.h"

#include "playbookparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QString at(const QString &list, qsizetype i)
{
    return u"%1[%2]"_s.arg(list).arg(i);
}

MrrBand mrrBand(PlaybookParser &p, const QJsonObject &o, const QString &path)
{
    MrrBand band;
    band.minCents = p.integer64(o, path, u"mrrMinCents"_s);
    band.maxCents = p.optionalInteger(o, path, u"mrrMaxCents"_s);
    return band;
}

Stage::Kind stageKind(PlaybookParser &p, const QJsonObject &o, const QString &path)
{
    const QString kind = p.string(o, path, u"kind"_s);
    if (kind == "open"_L1)
        return Stage::Kind::Open;
    if (kind == "won"_L1)
        return Stage::Kind::Won;
    if (kind == "lost"_L1)
        return Stage::Kind::Lost;
    if (kind == "customer"_L1)
        return Stage::Kind::Customer;
    p.fail(path + u".kind"_s, Playbook::tr("expected open, won, lost or customer"));
    return Stage::Kind::Open;
}

} // namespace

QString Playbook::defaultPath()
{
    return u":/playbook/vmcloud.json"_s;
}

Result<Playbook> Playbook::loadDefault()
{
    return loadFile(defaultPath());
}

Result<Playbook> Playbook::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return userError(tr("Cannot read the playbook %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Playbook> Playbook::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return userError(tr("The playbook %1 is not valid JSON: %2 at offset %3.")
                             .arg(origin, parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return userError(tr("The playbook %1 is not a JSON object.").arg(origin));

    Playbook pb;
    pb.m_json = json;
    pb.m_root = doc.object();
    PlaybookParser p;
    const QJsonObject &root = pb.m_root;
    p.integer(root, {}, u"format"_s, 1, 1);
    pb.m_name = p.text(root, {}, u"name"_s);
    pb.m_currency = p.string(root, {}, u"currency"_s);

    QSet<QString> stageKeys;
    const QJsonArray stages = p.array(root, {}, u"stages"_s);
    for (qsizetype i = 0; i < stages.size() && !p.failed(); ++i) {
        const QString path = at(u"stages"_s, i);
        const QJsonObject o = p.object(stages.at(i), path);
        Stage s;
        s.key = p.string(o, path, u"key"_s);
        s.name = p.text(o, path, u"name"_s);
        s.description = LocalizedText::fromJson(o.value("description"_L1));
        s.probability = p.integer(o, path, u"probability"_s, 0, 100);
        s.kind = stageKind(p, o, path);
        s.rottingDays = static_cast<int>(p.optionalInteger(o, path, u"rottingDays"_s).value_or(0));
        if (stageKeys.contains(s.key))
            p.fail(path + u".key"_s, tr("the stage \"%1\" appears twice").arg(s.key));
        stageKeys.insert(s.key);
        pb.m_stages.append(s);
    }
    for (const Stage::Kind kind : {Stage::Kind::Won, Stage::Kind::Lost, Stage::Kind::Customer}) {
        const auto n = std::count_if(pb.m_stages.cbegin(), pb.m_stages.cend(),
                                     [kind](const Stage &s) { return s.kind == kind; });
        if (n != 1)
            p.fail(u"stages"_s, tr("expected exactly one won, one lost and one customer stage"));
    }

    const QJsonArray reasons = p.array(root, {}, u"lostReasons"_s);
    for (qsizetype i = 0; i < reasons.size() && !p.failed(); ++i) {
        const QString path = at(u"lostReasons"_s, i);
        const QJsonObject o = p.object(reasons.at(i), path);
        pb.m_lostReasons.append({p.string(o, path, u"key"_s), p.text(o, path, u"name"_s),
                                 o.value("needsCompetitor"_L1).toBool()});
    }

    if (root.contains("wonReasons"_L1)) {
        const QJsonArray won = p.array(root, {}, u"wonReasons"_s);
        for (qsizetype i = 0; i < won.size() && !p.failed(); ++i) {
            const QString path = at(u"wonReasons"_s, i);
            const QJsonObject o = p.object(won.at(i), path);
            pb.m_wonReasons.append(
                {p.string(o, path, u"key"_s), p.text(o, path, u"name"_s), false});
        }
    } else if (origin != defaultPath()) {
        // Stored before won reasons existed: the shipped ones, until the user edits them.
        if (Result<Playbook> shipped = loadDefault(); shipped.ok())
            pb.m_wonReasons = shipped.value().m_wonReasons;
    }

    const QJsonArray motions = p.array(root, {}, u"motions"_s);
    for (qsizetype i = 0; i < motions.size() && !p.failed(); ++i) {
        const QString path = at(u"motions"_s, i);
        const QJsonObject o = p.object(motions.at(i), path);
        Motion m;
        m.key = p.string(o, path, u"key"_s);
        m.name = p.text(o, path, u"name"_s);
        m.mrr = mrrBand(p, o, path);
        m.cycleDaysMin = p.integer(o, path, u"cycleDaysMin"_s, 0, 3650);
        m.cycleDaysMax = p.integer(o, path, u"cycleDaysMax"_s, 0, 3650);
        pb.m_motions.append(m);
    }

    const QJsonArray segments = p.array(root, {}, u"segments"_s);
    for (qsizetype i = 0; i < segments.size() && !p.failed(); ++i) {
        const QString path = at(u"segments"_s, i);
        const QJsonObject o = p.object(segments.at(i), path);
        Segment s{p.string(o, path, u"key"_s), p.text(o, path, u"name"_s), mrrBand(p, o, path),
                  p.string(o, path, u"motion"_s)};
        const bool knownMotion = std::any_of(pb.m_motions.cbegin(), pb.m_motions.cend(),
                                             [&s](const Motion &m) { return m.key == s.motion; });
        if (!knownMotion)
            p.fail(path + u".motion"_s, tr("unknown motion \"%1\"").arg(s.motion));
        pb.m_segments.append(s);
    }

    const QJsonObject bant = p.object(root.value("bant"_L1), u"bant"_s);
    const QJsonArray criteria = p.array(bant, u"bant"_s, u"criteria"_s);
    for (qsizetype i = 0; i < criteria.size() && !p.failed(); ++i) {
        const QString path = at(u"bant.criteria"_s, i);
        const QJsonObject o = p.object(criteria.at(i), path);
        BantCriterion c;
        c.key = p.string(o, path, u"key"_s);
        c.name = p.text(o, path, u"name"_s);
        c.min = p.integer(o, path, u"min"_s, 0, 10);
        c.max = p.integer(o, path, u"max"_s, c.min, 10);
        const QJsonArray levels = p.array(o, path, u"levels"_s);
        for (qsizetype j = 0; j < levels.size(); ++j) {
            const QString lp = at(path + u".levels"_s, j);
            const QJsonObject l = p.object(levels.at(j), lp);
            c.levels.append(
                {p.integer(l, lp, u"score"_s, c.min, c.max), p.text(l, lp, u"label"_s)});
        }
        for (const auto &q : o.value("questions"_L1).toArray())
            c.questions.append(LocalizedText::fromJson(q));
        pb.m_bantCriteria.append(c);
    }
    const QJsonArray bands = p.array(bant, u"bant"_s, u"bands"_s);
    for (qsizetype i = 0; i < bands.size() && !p.failed(); ++i) {
        const QString path = at(u"bant.bands"_s, i);
        const QJsonObject o = p.object(bands.at(i), path);
        BantBand b;
        b.key = p.string(o, path, u"key"_s);
        b.name = p.text(o, path, u"name"_s);
        b.nextStep = p.text(o, path, u"nextStep"_s);
        b.min = p.integer(o, path, u"min"_s, 0, 100);
        b.max = p.integer(o, path, u"max"_s, b.min, 100);
        if (const auto days = p.optionalInteger(o, path, u"followUpDays"_s))
            b.followUpDays = static_cast<int>(*days);
        pb.m_bantBands.append(b);
    }

    const QJsonArray gates = p.array(root, {}, u"gates"_s);
    for (qsizetype i = 0; i < gates.size() && !p.failed(); ++i) {
        const QString path = at(u"gates"_s, i);
        const QJsonObject o = p.object(gates.at(i), path);
        Gate g{p.string(o, path, u"from"_s), p.string(o, path, u"to"_s), {}};
        for (const QString &k : {g.from, g.to})
            if (!stageKeys.contains(k))
                p.fail(path, tr("unknown stage \"%1\"").arg(k));
        const QJsonArray list = p.array(o, path, u"criteria"_s);
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString cp = at(path + u".criteria"_s, j);
            const QJsonObject c = p.object(list.at(j), cp);
            g.criteria.append({p.string(c, cp, u"key"_s), p.text(c, cp, u"label"_s),
                               c.value("computed"_L1).toBool(), c.value("minScore"_L1).toInt()});
        }
        pb.m_gates.append(g);
    }

    const QJsonArray contracts = p.array(root, {}, u"contracts"_s);
    for (qsizetype i = 0; i < contracts.size() && !p.failed(); ++i) {
        const QString path = at(u"contracts"_s, i);
        const QJsonObject o = p.object(contracts.at(i), path);
        ContractType c;
        c.key = p.string(o, path, u"key"_s);
        c.name = p.text(o, path, u"name"_s);
        c.payment = p.text(o, path, u"payment"_s);
        c.termMonthsMin = p.integer(o, path, u"termMonthsMin"_s, 1, 120);
        if (const auto max = p.optionalInteger(o, path, u"termMonthsMax"_s))
            c.termMonthsMax = static_cast<int>(*max);
        c.discountMinBp = p.integer(o, path, u"discountMinBp"_s, 0, 10000);
        if (const auto max = p.optionalInteger(o, path, u"discountMaxBp"_s))
            c.discountMaxBp = static_cast<int>(*max);
        c.commitment = o.value("commitment"_L1).toBool();
        pb.m_contracts.append(c);
    }
    const QJsonArray objectives = p.array(root, {}, u"objectives"_s);
    QSet<QString> quarters;
    for (qsizetype i = 0; i < objectives.size() && !p.failed(); ++i) {
        const QString path = at(u"objectives"_s, i);
        const Objective o = Objective::parse(p, p.object(objectives.at(i), path), path);
        if (quarters.contains(o.quarter))
            p.fail(path + u".quarter"_s, tr("the quarter \"%1\" appears twice").arg(o.quarter));
        quarters.insert(o.quarter);
        pb.m_objectives.append(o);
    }
    pb.m_timeSplit = root.contains("timeSplit"_L1)
                         ? TimeSplit::parse(p, root.value("timeSplit"_L1), u"timeSplit"_s)
                         : TimeSplit::defaults();
    std::sort(pb.m_objectives.begin(), pb.m_objectives.end(),
              [](const Objective &a, const Objective &b) { return a.quarter < b.quarter; });
    for (const QString &key : {u"discounts"_s, u"funnelTargets"_s, u"kpiTargets"_s, u"objectives"_s,
                               u"hiringTriggers"_s, u"signature"_s}) {
        if (!root.contains(key))
            p.fail(key, tr("missing section"));
    }

    if (p.failed())
        return userError(tr("The playbook %1 is invalid: %2").arg(origin, p.error()));
    return pb;
}

Result<Playbook> Playbook::withRottingDays(const QHash<QString, int> &days) const
{
    QJsonObject root = m_root;
    QJsonArray stages = root.value("stages"_L1).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages.at(i).toObject();
        const QString key = stage.value("key"_L1).toString();
        if (days.contains(key)) {
            if (days.value(key) < 0)
                return userError(tr("A rotting limit cannot be negative."));
            stage.insert(u"rottingDays"_s, days.value(key));
            stages.replace(i, stage);
        }
    }
    root.insert(u"stages"_s, stages);
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Indented), tr("edited in Settings"));
}

Result<Playbook> Playbook::withObjectives(const QList<Objective> &objectives) const
{
    QJsonArray list;
    for (const Objective &o : objectives)
        list.append(o.toJson());
    QJsonObject root = m_root;
    root.insert(u"objectives"_s, list);
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Indented), tr("edited objectives"));
}

const Objective *Playbook::objective(const QString &quarter) const
{
    for (const Objective &o : m_objectives)
        if (o.quarter == quarter)
            return &o;
    return nullptr;
}

const LostReason *Playbook::wonReason(const QString &key) const
{
    for (const LostReason &r : m_wonReasons)
        if (r.key == key)
            return &r;
    return nullptr;
}

QList<Stage> Playbook::openStages() const
{
    QList<Stage> out;
    std::copy_if(m_stages.cbegin(), m_stages.cend(), std::back_inserter(out),
                 [](const Stage &s) { return s.isOpen(); });
    return out;
}

const Stage *Playbook::stage(const QString &key) const
{
    const int i = stageIndex(key);
    return i < 0 ? nullptr : &m_stages.at(i);
}

int Playbook::stageIndex(const QString &key) const
{
    for (qsizetype i = 0; i < m_stages.size(); ++i)
        if (m_stages.at(i).key == key)
            return static_cast<int>(i);
    return -1;
}

QStringList Playbook::stageKeys() const
{
    QStringList keys;
    for (const Stage &s : m_stages)
        keys.append(s.key);
    return keys;
}

namespace {
QString keyOfKind(const QList<Stage> &stages, Stage::Kind kind)
{
    for (const Stage &s : stages)
        if (s.kind == kind)
            return s.key;
    return {};
}
} // namespace

QString Playbook::wonStage() const
{
    return keyOfKind(m_stages, Stage::Kind::Won);
}
QString Playbook::lostStage() const
{
    return keyOfKind(m_stages, Stage::Kind::Lost);
}
QString Playbook::customerStage() const
{
    return keyOfKind(m_stages, Stage::Kind::Customer);
}

const LostReason *Playbook::lostReason(const QString &key) const
{
    for (const LostReason &r : m_lostReasons)
        if (r.key == key)
            return &r;
    return nullptr;
}

const Segment *Playbook::segment(const QString &key) const
{
    for (const Segment &s : m_segments)
        if (s.key == key)
            return &s;
    return nullptr;
}

const Segment *Playbook::suggestedSegment(qint64 mrrCents) const
{
    for (const Segment &s : m_segments)
        if (s.mrr.contains(mrrCents))
            return &s;
    return nullptr;
}

const Motion *Playbook::motionFor(qint64 mrrCents) const
{
    for (const Motion &m : m_motions)
        if (m.mrr.contains(mrrCents))
            return &m;
    return nullptr;
}

const BantBand *Playbook::bandFor(int total) const
{
    for (const BantBand &b : m_bantBands)
        if (total >= b.min && total <= b.max)
            return &b;
    return nullptr;
}

} // namespace dealboard
